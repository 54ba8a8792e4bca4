package co.presencia.coverage;

import co.presencia.sector.Sector;
import co.presencia.territory.DepartmentCode;
import co.presencia.territory.Municipality;
import co.presencia.territory.ReferenceCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The sector figures (docs/coverage.md, "Sectors"), derived from {@link SectorCounts}: coverage by sector, sector ×
 * department and sector × municipality, and the records no sector of the breakdown holds. Shares are fractions (0–1).
 */
public final class SectorFigures {

    private SectorFigures() {
    }

    /**
     * One sector.
     *
     * @param share          its distinct beneficiaries over the selection's (a beneficiary in two sectors counts in both)
     * @param municipalities units in force with at least one of its records
     * @param departments    departments with at least one of its records
     */
    public record SectorRow(String code, String name, int interventions, int beneficiaries, Double share, int municipalities,
                            int departments) {
        public boolean reached() {
            return interventions > 0;
        }
    }

    /**
     * Records a breakdown cannot place in one sector.
     *
     * @param uncodedInterventions    records without a CIIU code
     * @param uncodedBeneficiaries    distinct beneficiaries with such records
     * @param unassignedInterventions records coded above the breakdown's level across several sectors (a division at
     *                                {@code level=class}), or in a class a configured grouping leaves out
     * @param unassignedBeneficiaries distinct beneficiaries with such records
     */
    public record Outside(int uncodedInterventions, int uncodedBeneficiaries, int unassignedInterventions,
                          int unassignedBeneficiaries) {
    }

    /**
     * One sector in one department.
     *
     * @param shareOfDepartment its beneficiaries over the department's (all sectors)
     * @param shareOfSector     its beneficiaries over the sector's (all departments)
     */
    public record SectorDepartmentRow(String sectorCode, String sectorName, String departmentCode, String departmentName,
                                      int beneficiaries, int interventions, Double shareOfDepartment, Double shareOfSector) {
    }

    /** One sector in one unit; {@code shareOfSector}: its beneficiaries over the sector's. */
    public record SectorMunicipalityRow(String sectorCode, String sectorName, String code, String name, String departmentCode,
                                        String departmentName, int beneficiaries, int interventions, Double shareOfSector) {
    }

    /** Every sector of the breakdown, most beneficiaries first (then interventions, then the grouping's order). */
    public static List<SectorRow> sectors(SectorCounts counts) {
        List<SectorRow> rows = new ArrayList<>();
        List<Sector> sectors = counts.breakdown().sectors();
        for (int s = 0; s < sectors.size(); s++) {
            rows.add(new SectorRow(sectors.get(s).id(), sectors.get(s).name(), counts.interventions(s), counts.beneficiaries(s),
                    share(counts.beneficiaries(s), counts.beneficiaries()), counts.municipalities(s), counts.departments(s)));
        }
        // A stable sort: ties keep the grouping's order.
        rows.sort(Comparator.comparingInt(SectorRow::beneficiaries).reversed()
                .thenComparing(Comparator.comparingInt(SectorRow::interventions).reversed()));
        return List.copyOf(rows);
    }

    public static Outside outside(SectorCounts counts) {
        int n = counts.sectors();
        return new Outside(counts.interventions(n + SectorCounts.UNCODED), counts.beneficiaries(n + SectorCounts.UNCODED),
                counts.interventions(n + SectorCounts.UNASSIGNED), counts.beneficiaries(n + SectorCounts.UNASSIGNED));
    }

    /** The sector × department pairs with records, by sector (grouping order) then beneficiaries, then department code. */
    public static List<SectorDepartmentRow> byDepartment(SectorCounts counts, ReferenceCatalog catalog) {
        List<SectorDepartmentRow> rows = new ArrayList<>();
        List<Sector> sectors = counts.breakdown().sectors();
        for (int s = 0; s < sectors.size(); s++) {
            List<SectorDepartmentRow> sectorRows = new ArrayList<>();
            for (DepartmentCode d : counts.departmentCodes()) {
                if (counts.interventions(s, d) == 0) {
                    continue;
                }
                String name = catalog.department(d).map(b -> b.department().name()).orElse(d.value());
                sectorRows.add(new SectorDepartmentRow(sectors.get(s).id(), sectors.get(s).name(), d.value(), name,
                        counts.beneficiaries(s, d), counts.interventions(s, d), share(counts.beneficiaries(s, d), counts.beneficiariesIn(d)),
                        share(counts.beneficiaries(s, d), counts.beneficiaries(s))));
            }
            sectorRows.sort(Comparator.comparingInt(SectorDepartmentRow::beneficiaries).reversed()
                    .thenComparing(SectorDepartmentRow::departmentCode));
            rows.addAll(sectorRows);
        }
        return List.copyOf(rows);
    }

    /** The sector × unit pairs with records, by sector (grouping order) then beneficiaries, then DIVIPOLA code. */
    public static List<SectorMunicipalityRow> byMunicipality(SectorCounts counts) {
        List<Sector> sectors = counts.breakdown().sectors();
        List<SectorMunicipalityRow> rows = new ArrayList<>();
        List<Integer> sectorOfRow = new ArrayList<>();
        for (SectorCounts.Pair pair : counts.pairs()) {
            if (pair.sector() >= sectors.size()) {
                continue;
            }
            Sector sector = sectors.get(pair.sector());
            Municipality m = pair.municipality();
            rows.add(new SectorMunicipalityRow(sector.id(), sector.name(), m.code().value(), m.name(),
                    m.department().code().value(), m.department().name(), pair.beneficiaries(), pair.interventions(),
                    share(pair.beneficiaries(), counts.beneficiaries(pair.sector()))));
            sectorOfRow.add(pair.sector());
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> sectorOfRow.get(i))
                .thenComparing(Comparator.comparingInt((Integer i) -> rows.get(i).beneficiaries()).reversed())
                .thenComparing(i -> rows.get(i).code()));
        return order.stream().map(rows::get).toList();
    }

    static Double share(int count, int of) {
        return of == 0 ? null : (double) count / of;
    }
}
