package co.presencia.coverage;

import co.presencia.sector.CiiuActivity;
import co.presencia.sector.CiiuClassification;
import co.presencia.sector.CiiuLevel;
import co.presencia.sector.Sector;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code sector} of a coverage filter: the records whose CIIU entry lies wholly in one of the sectors named (a
 * record coded only as a group, division or section counts when every class under its code does, ADR 0013; a record
 * without a code never does). Compiled once to the set of CIIU codes, of any level, that qualify, so the coverage
 * index tests a record's code by a lookup. Two filters are equal when they name the same sectors ({@link #id()}).
 *
 * @param id    the sectors as the filter names them, canonical: a CIIU code ({@code C}, {@code 10}, {@code 1011}) or
 *              {@code grouping:sector}, several joined by commas
 * @param name  the sectors' names, for people
 * @param codes every CIIU code whose classes all lie in the sectors
 */
public record SectorFilter(String id, String name, Set<String> codes) {

    public SectorFilter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        codes = Set.copyOf(codes);
    }

    /** The filter of one sector, named {@code id}. */
    public static SectorFilter of(String id, Sector sector, CiiuClassification classification) {
        Set<String> codes = new HashSet<>();
        for (CiiuLevel level : CiiuLevel.values()) {
            for (CiiuActivity activity : classification.activities(level)) {
                if (sector.holds(activity, classification)) {
                    codes.add(activity.code());
                }
            }
        }
        return new SectorFilter(id, sector.name(), codes);
    }

    /** The records of any of {@code filters}. */
    public static SectorFilter anyOf(List<SectorFilter> filters) {
        if (filters.size() == 1) {
            return filters.get(0);
        }
        Set<String> codes = new HashSet<>();
        filters.forEach(f -> codes.addAll(f.codes()));
        return new SectorFilter(filters.stream().map(SectorFilter::id).collect(Collectors.joining(",")),
                filters.stream().map(SectorFilter::name).collect(Collectors.joining("; ")), codes);
    }

    /** Whether a record coded {@code ciiu} (null: none) is in the sectors. */
    public boolean holds(String ciiu) {
        return ciiu != null && codes.contains(ciiu);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SectorFilter f && f.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "SectorFilter[" + id + "]";
    }
}
