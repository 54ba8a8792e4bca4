package co.presencia.coverage;

import co.presencia.intervention.CompanySize;
import co.presencia.territory.DepartmentCode;
import co.presencia.territory.DivipolaCode;
import co.presencia.territory.Municipality;
import co.presencia.territory.TerritorialVintage;
import co.presencia.territory.Territory;
import co.presencia.territory.TerritoryGroup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The raw counts behind every figure for one filter and reporting year: distinct beneficiaries and interventions,
 * nationally, by municipality in force, by department, and by territory of one group when asked. Figures
 * ({@link CoverageFigures}) are derived from it. Immutable.
 */
public final class CoverageCounts {

    private final CoverageIndex index;
    private final CoverageFilter filter;
    private final TerritorialVintage vintage;
    private final int beneficiaries;
    private final int interventions;
    private final int[] beneficiariesByMunicipality;
    private final int[] interventionsByMunicipality;
    private final int[] beneficiariesByDepartment;
    private final int[] interventionsByDepartment;
    private final TerritoryGroup group;
    private final int[] beneficiariesByTerritory;
    private final int[] interventionsByTerritory;
    private final int[] sizeCounts;

    CoverageCounts(CoverageIndex index, CoverageFilter filter, TerritorialVintage vintage, int beneficiaries, int interventions,
                   int[] beneficiariesByMunicipality, int[] interventionsByMunicipality, int[] beneficiariesByDepartment,
                   int[] interventionsByDepartment, TerritoryGroup group, int[] beneficiariesByTerritory,
                   int[] interventionsByTerritory, int[] sizeCounts) {
        this.index = index;
        this.filter = filter;
        this.vintage = vintage;
        this.beneficiaries = beneficiaries;
        this.interventions = interventions;
        this.beneficiariesByMunicipality = beneficiariesByMunicipality;
        this.interventionsByMunicipality = interventionsByMunicipality;
        this.beneficiariesByDepartment = beneficiariesByDepartment;
        this.interventionsByDepartment = interventionsByDepartment;
        this.group = group;
        this.beneficiariesByTerritory = beneficiariesByTerritory;
        this.interventionsByTerritory = interventionsByTerritory;
        this.sizeCounts = sizeCounts;
    }

    public CoverageFilter filter() {
        return filter;
    }

    /** The units in force in the reporting year: the denominator. */
    public TerritorialVintage vintage() {
        return vintage;
    }

    public int beneficiaries() {
        return beneficiaries;
    }

    public int interventions() {
        return interventions;
    }

    public int beneficiariesIn(DivipolaCode code) {
        int i = index.municipalityIndex(code);
        return i < 0 ? 0 : beneficiariesByMunicipality[i];
    }

    public int interventionsIn(DivipolaCode code) {
        int i = index.municipalityIndex(code);
        return i < 0 ? 0 : interventionsByMunicipality[i];
    }

    public boolean reached(DivipolaCode code) {
        return interventionsIn(code) > 0;
    }

    /** Units in force with at least one beneficiary. */
    public int municipalitiesReached() {
        boolean[] inForce = index.inForce(vintage);
        int count = 0;
        for (int i = 0; i < inForce.length; i++) {
            if (inForce[i] && interventionsByMunicipality[i] > 0) {
                count++;
            }
        }
        return count;
    }

    /** How many of {@code codes} (restricted to units in force) were reached, and how many are in force. */
    public Ratio reachedAmong(Set<DivipolaCode> codes) {
        boolean[] unitInForce = index.inForce(vintage);
        int reached = 0;
        int inForce = 0;
        for (DivipolaCode code : codes) {
            int i = index.municipalityIndex(code);
            if (i >= 0 && unitInForce[i]) {
                inForce++;
                if (interventionsByMunicipality[i] > 0) {
                    reached++;
                }
            }
        }
        return new Ratio(reached, inForce);
    }

    /** As {@link #reachedAmong(Set)} over every municipality of {@code group} (its units looked up once per index). */
    public Ratio reachedAmong(TerritoryGroup group) {
        boolean[] unitInForce = index.inForce(vintage);
        int reached = 0;
        int inForce = 0;
        for (int i : index.municipalitiesOf(group)) {
            if (unitInForce[i]) {
                inForce++;
                if (interventionsByMunicipality[i] > 0) {
                    reached++;
                }
            }
        }
        return new Ratio(reached, inForce);
    }

    /** As {@link #interventionsAmong(Set)} over every municipality of {@code group}. */
    public Ratio interventionsAmong(TerritoryGroup group) {
        int inside = 0;
        for (int i : index.municipalitiesOf(group)) {
            inside += interventionsByMunicipality[i];
        }
        return new Ratio(inside, interventions);
    }

    /** Interventions located in {@code codes}, over all interventions: the focus indicator. */
    public Ratio interventionsAmong(Set<DivipolaCode> codes) {
        int inside = 0;
        for (DivipolaCode code : codes) {
            inside += interventionsIn(code);
        }
        return new Ratio(inside, interventions);
    }

    public int departmentsReached() {
        int count = 0;
        for (int b : beneficiariesByDepartment) {
            if (b > 0) {
                count++;
            }
        }
        return count;
    }

    public int beneficiariesIn(DepartmentCode code) {
        int i = index.departmentCodes().indexOf(code);
        return i < 0 ? 0 : beneficiariesByDepartment[i];
    }

    public int interventionsIn(DepartmentCode code) {
        int i = index.departmentCodes().indexOf(code);
        return i < 0 ? 0 : interventionsByDepartment[i];
    }

    /** Reached municipalities ordered by beneficiaries (descending), then interventions, then code. */
    public List<Municipality> rankedMunicipalities() {
        boolean[] inForce = index.inForce(vintage);
        List<Integer> reached = new ArrayList<>();
        for (int i = 0; i < inForce.length; i++) {
            if (inForce[i] && interventionsByMunicipality[i] > 0) {
                reached.add(i);
            }
        }
        List<Municipality> units = index.municipalities();
        reached.sort(Comparator.comparingInt((Integer i) -> -beneficiariesByMunicipality[i])
                .thenComparingInt(i -> -interventionsByMunicipality[i])
                .thenComparing(i -> units.get(i).code()));
        return reached.stream().map(units::get).toList();
    }

    /** Share of beneficiaries in the top {@code n} municipalities (sum of their distinct beneficiaries / national). */
    public Ratio concentration(int n) {
        List<Municipality> ranked = rankedMunicipalities();
        int top = 0;
        for (int i = 0; i < Math.min(n, ranked.size()); i++) {
            top += beneficiariesIn(ranked.get(i).code());
        }
        return new Ratio(top, beneficiaries);
    }

    /**
     * Beneficiary companies whose (latest) size is micro, pequeña or mediana, over beneficiary companies with a known
     * size. Unidades productivas of the popular economy are not companies and count in neither.
     */
    public Ratio mipymeShare() {
        int mipyme = 0;
        int known = 0;
        for (CompanySize size : CompanySize.values()) {
            if (size == CompanySize.UNIDAD_PRODUCTIVA) {
                continue;
            }
            known += sizeCounts[size.ordinal()];
            if (size.isMipyme()) {
                mipyme += sizeCounts[size.ordinal()];
            }
        }
        return new Ratio(mipyme, known);
    }

    public int beneficiariesOfSize(CompanySize size) {
        return sizeCounts[size.ordinal()];
    }

    /** The group counted per territory, or null. */
    public TerritoryGroup group() {
        return group;
    }

    public int beneficiariesIn(Territory territory) {
        return beneficiariesByTerritory[territoryIndex(territory)];
    }

    public int interventionsIn(Territory territory) {
        return interventionsByTerritory[territoryIndex(territory)];
    }

    private int territoryIndex(Territory territory) {
        if (group == null) {
            throw new IllegalStateException("These counts were made without a territory group");
        }
        int i = group.territories().indexOf(territory);
        if (i < 0) {
            throw new IllegalArgumentException("Territory " + territory.id() + " is not in group " + group.id());
        }
        return i;
    }

    /** A count over a denominator; {@link #share()} is null when the denominator is 0. */
    public record Ratio(int count, int of) {
        public Double share() {
            return of == 0 ? null : (double) count / of;
        }
    }
}
