package co.presencia.territory;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/** One territory of a group (a PDET subregion, a department, an ECB territory): a named set of municipalities. */
public record Territory(String id, String name, SortedSet<DivipolaCode> municipalities) {
    public Territory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        municipalities = Collections.unmodifiableSortedSet(new TreeSet<>(municipalities));
    }
}
