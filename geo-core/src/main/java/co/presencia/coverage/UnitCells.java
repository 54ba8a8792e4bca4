package co.presencia.coverage;

import java.util.Arrays;

/**
 * How many beneficiaries have each sequence of records in each unit (municipality, department, territory, or the
 * country as one unit): a beneficiary with records in a unit is one entry (unit, sequence of its records there).
 * Cells of one unit are contiguous, so a request reads only the units it accepts. Read-only once built.
 */
final class UnitCells {

    private final int[] unitStart;
    private final int[] sequence;
    private final int[] beneficiaries;

    private UnitCells(int[] unitStart, int[] sequence, int[] beneficiaries) {
        this.unitStart = unitStart;
        this.sequence = sequence;
        this.beneficiaries = beneficiaries;
    }

    /** Collects (unit, sequence) entries, one per beneficiary and unit it has records in. */
    static final class Builder {
        private final int units;
        private long[] entries = new long[1024];
        private int size;

        Builder(int units) {
            this.units = units;
        }

        void add(int unit, int sequence) {
            if (size == entries.length) {
                entries = Arrays.copyOf(entries, size * 2);
            }
            entries[size++] = (long) unit << 32 | sequence;
        }

        UnitCells build() {
            long[] sorted = Arrays.copyOf(entries, size);
            entries = null;
            Arrays.sort(sorted);
            int cells = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) {
                    cells++;
                }
            }
            int[] unitStart = new int[units + 1];
            int[] sequence = new int[cells];
            int[] beneficiaries = new int[cells];
            int cell = -1;
            for (int i = 0; i < sorted.length; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) {
                    cell++;
                    sequence[cell] = (int) sorted[i];
                    unitStart[(int) (sorted[i] >>> 32) + 1]++;
                }
                beneficiaries[cell]++;
            }
            for (int u = 0; u < units; u++) {
                unitStart[u + 1] += unitStart[u];
            }
            return new UnitCells(unitStart, sequence, beneficiaries);
        }
    }

    int units() {
        return unitStart.length - 1;
    }

    /** Cells: how many there are (for sizing). */
    int size() {
        return sequence.length;
    }

    /**
     * Adds unit {@code unit}'s reached beneficiaries and accepted records to {@code beneficiaries[into]} and
     * {@code interventions[into]}, and (when {@code sizes} is not null) each reached beneficiary to the company size
     * of its last accepted record.
     */
    void count(int unit, int[] evaluated, int[] beneficiariesOut, int[] interventionsOut, int into, int[] sizes) {
        int reached = 0;
        int records = 0;
        for (int c = unitStart[unit], end = unitStart[unit + 1]; c < end; c++) {
            int e = evaluated[sequence[c]];
            if (e != 0) {
                int n = beneficiaries[c];
                reached += n;
                records += n * Sequences.rows(e);
                if (sizes != null) {
                    int size = Sequences.lastSize(e);
                    if (size >= 0) {
                        sizes[size] += n;
                    }
                }
            }
        }
        beneficiariesOut[into] += reached;
        interventionsOut[into] += records;
    }
}
