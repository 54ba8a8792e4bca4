package co.presencia.coverage;

import co.presencia.sector.CiiuActivity;
import co.presencia.sector.CiiuClassification;
import co.presencia.sector.CiiuLevel;
import co.presencia.sector.Sector;
import co.presencia.sector.SectorGrouping;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The sectors figures are split by (a CIIU level or a sector grouping), with the sector of every CIIU code: a class
 * belongs to the sector holding it; a coarser code (a record coded only as a group, division or section) to the sector
 * holding all its classes, else to none (ADR 0013). Immutable.
 *
 * @param id      the grouping's id: {@code section}, {@code division}, {@code group}, {@code class} or a grouping
 * @param name    the grouping's name
 * @param source  where the grouping comes from (DANE for CIIU levels, the file for configured ones)
 * @param sectors the sectors, in the grouping's order
 * @param sectorOfCode CIIU code (any level) → index in {@code sectors}; a code absent here lies in no single sector
 */
public record SectorBreakdown(String id, String name, String source, List<Sector> sectors, Map<String, Integer> sectorOfCode) {

    public SectorBreakdown {
        Objects.requireNonNull(id, "id");
        sectors = List.copyOf(sectors);
        sectorOfCode = Map.copyOf(sectorOfCode);
    }

    /** The breakdown by {@code grouping}'s sectors, every code of {@code classification} assigned. */
    public static SectorBreakdown of(SectorGrouping grouping, CiiuClassification classification) {
        List<Sector> sectors = grouping.sectors();
        Map<Sector, Integer> position = new HashMap<>();
        for (int i = 0; i < sectors.size(); i++) {
            position.put(sectors.get(i), i);
        }
        Map<String, Integer> byCode = new HashMap<>();
        for (CiiuLevel level : CiiuLevel.values()) {
            for (CiiuActivity activity : classification.activities(level)) {
                grouping.sectorOf(activity, classification).ifPresent(s -> byCode.put(activity.code(), position.get(s)));
            }
        }
        return new SectorBreakdown(grouping.id(), grouping.name(), grouping.source(), sectors, byCode);
    }

    /** The index of the sector a record coded {@code ciiu} belongs to, or -1 (no code, or no single sector). */
    public int sectorOf(String ciiu) {
        Integer i = ciiu == null ? null : sectorOfCode.get(ciiu);
        return i == null ? -1 : i;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SectorBreakdown b && b.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
