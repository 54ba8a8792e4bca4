package co.presencia.coverage;

import co.presencia.territory.TerritorialVintage;

/**
 * One pass over a {@link CoverageIndex}'s rows, beneficiary by beneficiary, splitting what the headline pass counts
 * by the sectors of a {@link SectorBreakdown}: per sector, per sector and department, per sector and municipality,
 * interventions and distinct beneficiaries (a beneficiary counts once in each sector, department and unit it touched,
 * as in the headline pass). Two slots after the sectors hold the records in no sector of the breakdown
 * ({@link SectorCounts#UNASSIGNED}) and those without a CIIU code ({@link SectorCounts#UNCODED}).
 */
final class SectorPass {

    private final CoverageIndex index;
    private final CompiledFilter selection;
    private final int[] toInForce;
    private final SectorBreakdown breakdown;
    private final int[] sectorOfActivity;
    private final int slots;
    private final int municipalityCount;
    private final int departmentCount;

    SectorPass(CoverageIndex index, CompiledFilter selection, int[] toInForce, SectorBreakdown breakdown, int[] sectorOfActivity) {
        this.index = index;
        this.selection = selection;
        this.toInForce = toInForce;
        this.breakdown = breakdown;
        this.sectorOfActivity = sectorOfActivity;
        this.slots = breakdown.sectors().size() + 2;
        this.municipalityCount = index.municipalities().size();
        this.departmentCount = index.departmentCodes().size();
    }

    SectorCounts run(TerritorialVintage vintage) {
        int unassigned = slots - 2 + SectorCounts.UNASSIGNED;
        int uncoded = slots - 2 + SectorCounts.UNCODED;
        int[] starts = index.beneficiaryStarts();
        short[] year = index.yearColumn();
        byte[] axis = index.axisColumn();
        short[] program = index.programColumn();
        byte[] size = index.sizeColumn();
        int[] municipality = index.municipalityColumn();
        short[] activity = index.activityColumn();
        int[] departmentOf = index.departmentOfMunicipality();
        Tallies t = new Tallies(slots, municipalityCount, departmentCount);
        int longest = Math.max(1, index.maxRowsPerBeneficiary());
        int[] touchedSectors = new int[slots];
        int[] touchedDepartments = new int[departmentCount];
        int[] touchedSectorDepartments = new int[longest];
        int[] touchedSectorMunicipalities = new int[longest];
        for (int b = 0; b + 1 < starts.length; b++) {
            int ts = 0;
            int td = 0;
            int tsd = 0;
            int tsm = 0;
            for (int r = starts[b], end = starts[b + 1]; r < end; r++) {
                if (!selection.acceptsRecord(year[r], axis[r], program[r], size[r], activity[r])) {
                    continue;
                }
                int m = toInForce[municipality[r]];
                if (m < 0 || !selection.acceptsDepartment(departmentOf[m])) {
                    continue;
                }
                int d = departmentOf[m];
                int a = activity[r];
                int s = a < 0 ? uncoded : sectorOfActivity[a] < 0 ? unassigned : sectorOfActivity[a];
                t.interventions++;
                t.interventionsBySector[s]++;
                t.interventionsBySectorDepartment[s * departmentCount + d]++;
                t.interventionsBySectorMunicipality[s * municipalityCount + m]++;
                ts = RecordPass.addIfAbsent(touchedSectors, ts, s);
                td = RecordPass.addIfAbsent(touchedDepartments, td, d);
                tsd = RecordPass.addIfAbsent(touchedSectorDepartments, tsd, s * departmentCount + d);
                tsm = RecordPass.addIfAbsent(touchedSectorMunicipalities, tsm, s * municipalityCount + m);
            }
            if (ts > 0) {
                t.beneficiaries++;
                RecordPass.countOnce(t.beneficiariesBySector, touchedSectors, ts);
                RecordPass.countOnce(t.beneficiariesByDepartment, touchedDepartments, td);
                RecordPass.countOnce(t.beneficiariesBySectorDepartment, touchedSectorDepartments, tsd);
                RecordPass.countOnce(t.beneficiariesBySectorMunicipality, touchedSectorMunicipalities, tsm);
            }
        }
        return new SectorCounts(index, breakdown, vintage, t.beneficiaries, t.interventions, t.beneficiariesBySector,
                t.interventionsBySector, t.beneficiariesByDepartment, t.beneficiariesBySectorDepartment,
                t.interventionsBySectorDepartment, t.beneficiariesBySectorMunicipality, t.interventionsBySectorMunicipality);
    }

    /** The totals a pass fills. */
    private static final class Tallies {
        final int[] beneficiariesBySector;
        final int[] interventionsBySector;
        final int[] beneficiariesByDepartment;
        final int[] beneficiariesBySectorDepartment;
        final int[] interventionsBySectorDepartment;
        final int[] beneficiariesBySectorMunicipality;
        final int[] interventionsBySectorMunicipality;
        int beneficiaries;
        int interventions;

        Tallies(int slots, int municipalities, int departments) {
            beneficiariesBySector = new int[slots];
            interventionsBySector = new int[slots];
            beneficiariesByDepartment = new int[departments];
            beneficiariesBySectorDepartment = new int[slots * departments];
            interventionsBySectorDepartment = new int[slots * departments];
            beneficiariesBySectorMunicipality = new int[slots * municipalities];
            interventionsBySectorMunicipality = new int[slots * municipalities];
        }
    }
}
