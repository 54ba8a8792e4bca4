package co.presencia.territory;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The units in force in a reporting year: the denominator of every "% of municipalities". 2018 has 1,122 MGN units;
 * from 2020 Mapiripana (94663) is folded into Barrancominas (94343), so 2023 has 1,121.
 *
 * <p>{@link #resolve} maps a code that is no longer in force to its successor in that year, so records that use an
 * old code still count in the right unit.
 */
public final class TerritorialVintage {

    private final int year;
    private final SortedSet<DivipolaCode> inForce;
    /** The same codes, for membership in constant time (an import asks once per row). */
    private final Set<DivipolaCode> inForceLookup;
    private final Map<DivipolaCode, Municipality.Lifespan> lifespans;

    private TerritorialVintage(int year, SortedSet<DivipolaCode> inForce, Map<DivipolaCode, Municipality.Lifespan> lifespans) {
        this.year = year;
        this.inForce = Collections.unmodifiableSortedSet(inForce);
        this.inForceLookup = Set.copyOf(inForce);
        this.lifespans = lifespans;
    }

    public static TerritorialVintage of(int year, Collection<Municipality> municipalities) {
        SortedSet<DivipolaCode> inForce = new TreeSet<>();
        Map<DivipolaCode, Municipality.Lifespan> lifespans = new HashMap<>();
        for (Municipality m : municipalities) {
            lifespans.put(m.code(), m.lifespan());
            if (m.inForce(year)) {
                inForce.add(m.code());
            }
        }
        return new TerritorialVintage(year, inForce, Map.copyOf(lifespans));
    }

    public int year() {
        return year;
    }

    public SortedSet<DivipolaCode> municipalities() {
        return inForce;
    }

    /** The denominator: how many units are in force. */
    public int size() {
        return inForce.size();
    }

    public boolean contains(DivipolaCode code) {
        return inForceLookup.contains(code);
    }

    /** The unit in force this year that holds {@code code}'s territory: itself, or its successor chain. */
    public Optional<DivipolaCode> resolve(DivipolaCode code) {
        DivipolaCode current = code;
        for (int hops = 0; hops < 10 && current != null; hops++) {
            if (inForceLookup.contains(current)) {
                return Optional.of(current);
            }
            Municipality.Lifespan lifespan = lifespans.get(current);
            current = lifespan == null ? null : lifespan.successor();
        }
        return Optional.empty();
    }

    /** A human-readable description of the denominator, e.g. "1121 unidades del MGN vigentes en 2023". */
    public String describe() {
        return inForce.size() + " municipios y áreas no municipalizadas vigentes en " + year;
    }
}
