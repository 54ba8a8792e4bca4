package co.presencia.coverage;

import co.presencia.intervention.CompanySize;
import co.presencia.territory.TerritoryGroup;

/**
 * One counting pass over an index's rows, beneficiary by beneficiary: the totals, and the units the current
 * beneficiary touched (each counts the beneficiary once, however many of its records it holds). Answers any filter;
 * {@link VintageCells} answers the common ones faster and is tested to agree with it.
 */
final class RecordPass {
    private final CoverageIndex index;
    private final CompiledFilter selection;
    private final int[] toInForce;
    private final int[][] territoriesOf;
    final int[] beneficiariesByMunicipality;
    final int[] interventionsByMunicipality;
    final int[] beneficiariesByDepartment;
    final int[] interventionsByDepartment;
    final int[] beneficiariesByTerritory;
    final int[] interventionsByTerritory;
    final int[] sizeCounts = new int[CompanySize.values().length];
    int beneficiaries;
    int interventions;

    /** The one unit (index) whose records are counted, or -1 for every unit the selection accepts. */
    private final int onlyUnit;

    RecordPass(CoverageIndex index, CompiledFilter selection, int[] toInForce, TerritoryGroup group, int onlyUnit) {
        this.index = index;
        this.onlyUnit = onlyUnit;
        this.beneficiariesByMunicipality = new int[index.municipalities().size()];
        this.interventionsByMunicipality = new int[index.municipalities().size()];
        this.beneficiariesByDepartment = new int[index.departmentCodes().size()];
        this.interventionsByDepartment = new int[index.departmentCodes().size()];
        this.selection = selection;
        this.toInForce = toInForce;
        this.territoriesOf = group == null ? null : TerritoryMembership.byMunicipality(index, group);
        int territoryCount = group == null ? 0 : group.territories().size();
        this.beneficiariesByTerritory = new int[territoryCount];
        this.interventionsByTerritory = new int[territoryCount];
    }

    /**
     * Counts the rows the selection accepts. The units one beneficiary touched are a handful, kept in arrays
     * large enough for all of them and scanned linearly: faster than a hash set. The two totals stay local until
     * the end: incrementing a field per row made the pass about 15 % slower (measured).
     */
    void run() {
        int[] touchedMunicipalities = new int[beneficiariesByMunicipality.length];
        int[] touchedDepartments = new int[beneficiariesByDepartment.length];
        int[] touchedTerritories = new int[beneficiariesByTerritory.length];
        int[] starts = index.beneficiaryStarts();
        int beneficiaryCount = 0;
        int interventionCount = 0;
        for (int b = 0; b + 1 < starts.length; b++) {
            int touchedM = 0;
            int touchedD = 0;
            int touchedT = 0;
            int lastSize = -1;
            for (int r = starts[b], end = starts[b + 1]; r < end; r++) {
                if (!index.acceptsRow(selection, r)) {
                    continue;
                }
                int m = toInForce[index.municipalityOf(r)];
                if (m < 0 || (onlyUnit >= 0 && m != onlyUnit) || !selection.acceptsDepartment(index.departmentOf(m))) {
                    continue;
                }
                interventionCount++;
                interventionsByMunicipality[m]++;
                int d = index.departmentOf(m);
                interventionsByDepartment[d]++;
                touchedM = addIfAbsent(touchedMunicipalities, touchedM, m);
                touchedD = addIfAbsent(touchedDepartments, touchedD, d);
                if (territoriesOf != null) {
                    for (int t : territoriesOf[m]) {
                        interventionsByTerritory[t]++;
                        touchedT = addIfAbsent(touchedTerritories, touchedT, t);
                    }
                }
                if (index.sizeOf(r) >= 0) {
                    lastSize = index.sizeOf(r);
                }
            }
            if (touchedM > 0) {
                beneficiaryCount++;
                countOnce(beneficiariesByMunicipality, touchedMunicipalities, touchedM);
                countOnce(beneficiariesByDepartment, touchedDepartments, touchedD);
                countOnce(beneficiariesByTerritory, touchedTerritories, touchedT);
                if (lastSize >= 0) {
                    sizeCounts[lastSize]++;
                }
            }
        }
        beneficiaries = beneficiaryCount;
        interventions = interventionCount;
    }

    /** Appends {@code value} to the first {@code count} of {@code values} unless it is there; returns the new count. */
    static int addIfAbsent(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return count;
            }
        }
        values[count] = value;
        return count + 1;
    }

    /** Adds one to the total of each of the first {@code count} units. */
    static void countOnce(int[] totals, int[] units, int count) {
        for (int i = 0; i < count; i++) {
            totals[units[i]]++;
        }
    }
}
