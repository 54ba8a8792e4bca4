package co.presencia.coverage;

import co.presencia.territory.DepartmentCode;
import co.presencia.territory.Municipality;
import co.presencia.territory.TerritorialVintage;
import java.util.ArrayList;
import java.util.List;

/**
 * The raw counts of the sector figures for one filter, reporting year and {@link SectorBreakdown}: per sector the
 * interventions, distinct beneficiaries, units and departments reached; per sector and department and per sector and
 * unit the interventions and distinct beneficiaries. A beneficiary whose records lie in two sectors counts once in
 * each (and once in the totals), so sector shares can add up to more than 1, as department shares can. The records in
 * no sector of the breakdown and those without a CIIU code are counted apart ({@link #UNASSIGNED}, {@link #UNCODED}).
 * The sector × unit counts are kept sparse (only pairs with records). Immutable; {@link SectorFigures} derives rows.
 */
public final class SectorCounts {

    /** Slot after the sectors: records whose code lies in no single sector of the breakdown. */
    public static final int UNASSIGNED = 0;
    /** Slot after that: records without a CIIU code. */
    public static final int UNCODED = 1;

    private final CoverageIndex index;
    private final SectorBreakdown breakdown;
    private final TerritorialVintage vintage;
    private final int beneficiaries;
    private final int interventions;
    private final int[] beneficiariesBySector;
    private final int[] interventionsBySector;
    private final int[] municipalitiesBySector;
    private final int[] departmentsBySector;
    private final int[] beneficiariesByDepartment;
    private final int[] beneficiariesBySectorDepartment;
    private final int[] interventionsBySectorDepartment;
    /** Sector × unit pairs with records, as {@code sector * units + unit}, ascending; and their counts. */
    private final int[] pairs;
    private final int[] pairBeneficiaries;
    private final int[] pairInterventions;

    SectorCounts(CoverageIndex index, SectorBreakdown breakdown, TerritorialVintage vintage, int beneficiaries, int interventions,
                 int[] beneficiariesBySector, int[] interventionsBySector, int[] beneficiariesByDepartment,
                 int[] beneficiariesBySectorDepartment, int[] interventionsBySectorDepartment,
                 int[] beneficiariesBySectorMunicipality, int[] interventionsBySectorMunicipality) {
        this.index = index;
        this.breakdown = breakdown;
        this.vintage = vintage;
        this.beneficiaries = beneficiaries;
        this.interventions = interventions;
        this.beneficiariesBySector = beneficiariesBySector;
        this.interventionsBySector = interventionsBySector;
        this.beneficiariesByDepartment = beneficiariesByDepartment;
        this.beneficiariesBySectorDepartment = beneficiariesBySectorDepartment;
        this.interventionsBySectorDepartment = interventionsBySectorDepartment;
        int slots = beneficiariesBySector.length;
        int units = index.municipalities().size();
        int departments = index.departmentCodes().size();
        this.municipalitiesBySector = new int[slots];
        this.departmentsBySector = new int[slots];
        int nonZero = 0;
        for (int k = 0; k < interventionsBySectorMunicipality.length; k++) {
            if (interventionsBySectorMunicipality[k] > 0) {
                nonZero++;
                municipalitiesBySector[k / units]++;
            }
        }
        for (int k = 0; k < interventionsBySectorDepartment.length; k++) {
            if (interventionsBySectorDepartment[k] > 0) {
                departmentsBySector[k / departments]++;
            }
        }
        this.pairs = new int[nonZero];
        this.pairBeneficiaries = new int[nonZero];
        this.pairInterventions = new int[nonZero];
        int n = 0;
        for (int k = 0; k < interventionsBySectorMunicipality.length; k++) {
            if (interventionsBySectorMunicipality[k] > 0) {
                pairs[n] = k;
                pairBeneficiaries[n] = beneficiariesBySectorMunicipality[k];
                pairInterventions[n] = interventionsBySectorMunicipality[k];
                n++;
            }
        }
    }

    public SectorBreakdown breakdown() {
        return breakdown;
    }

    /** The units in force in the reporting year. */
    public TerritorialVintage vintage() {
        return vintage;
    }

    /** Distinct beneficiaries of the selection, every sector (and none) together. */
    public int beneficiaries() {
        return beneficiaries;
    }

    public int interventions() {
        return interventions;
    }

    /** How many sectors the breakdown has; slots {@code sectors() + UNASSIGNED} and {@code sectors() + UNCODED} follow. */
    public int sectors() {
        return breakdown.sectors().size();
    }

    public int beneficiaries(int sector) {
        return beneficiariesBySector[sector];
    }

    public int interventions(int sector) {
        return interventionsBySector[sector];
    }

    /** Units in force with at least one record of the sector. */
    public int municipalities(int sector) {
        return municipalitiesBySector[sector];
    }

    public int departments(int sector) {
        return departmentsBySector[sector];
    }

    /** Distinct beneficiaries in the department, every sector together. */
    public int beneficiariesIn(DepartmentCode department) {
        int d = index.departmentCodes().indexOf(department);
        return d < 0 ? 0 : beneficiariesByDepartment[d];
    }

    public int beneficiaries(int sector, DepartmentCode department) {
        int d = index.departmentCodes().indexOf(department);
        return d < 0 ? 0 : beneficiariesBySectorDepartment[sector * index.departmentCodes().size() + d];
    }

    public int interventions(int sector, DepartmentCode department) {
        int d = index.departmentCodes().indexOf(department);
        return d < 0 ? 0 : interventionsBySectorDepartment[sector * index.departmentCodes().size() + d];
    }

    /** The departments, in code order. */
    public List<DepartmentCode> departmentCodes() {
        return index.departmentCodes();
    }

    /** One sector × unit pair with records. */
    public record Pair(int sector, Municipality municipality, int beneficiaries, int interventions) {
    }

    /** The sector × unit pairs with records, by sector then unit (in the index's order of units). */
    public List<Pair> pairs() {
        int units = index.municipalities().size();
        List<Pair> out = new ArrayList<>(pairs.length);
        for (int n = 0; n < pairs.length; n++) {
            out.add(new Pair(pairs[n] / units, index.municipalities().get(pairs[n] % units), pairBeneficiaries[n],
                    pairInterventions[n]));
        }
        return out;
    }
}
