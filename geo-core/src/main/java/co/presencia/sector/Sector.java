package co.presencia.sector;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One sector of a grouping: an id, a name, and the CIIU classes it holds.
 *
 * @param id      unique within its grouping (a section letter, a division, or the id a grouping file gives)
 * @param name    the name shown
 * @param classes the 4-digit classes it holds
 */
public record Sector(String id, String name, SortedSet<String> classes) {

    public Sector {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        classes = Collections.unmodifiableSortedSet(new TreeSet<>(classes));
    }

    /** Whether every class of {@code activity} lies in this sector (a class: whether it is one of them). */
    public boolean holds(CiiuActivity activity, CiiuClassification classification) {
        return classification.classesOf(activity).stream().allMatch(c -> classes.contains(c.code()));
    }
}
