package co.presencia.intervention;

/**
 * A compact set of 64-bit record-id fingerprints (open addressing over a {@code long[]}), so an import learns
 * cheaply that a file has no repeated id and can skip the exact duplicate query in staging. Two fingerprints
 * colliding only means the exact query runs. Beyond {@value #MAX_SIZE} ids it stops growing (at most 64 MiB) and
 * answers "unknown": the exact query runs then too. Memory is 16 bytes per id at most.
 */
final class RecordIdSet {

    static final int MAX_SIZE = 4_000_000;
    private static final long EMPTY = 0;
    private long[] table = new long[1 << 14];
    private int size;
    private boolean repeated;
    private boolean overflowed;

    void add(String recordId) {
        if (overflowed) {
            return;
        }
        long h = RowHash.ofText(recordId);
        if (h == EMPTY) {
            h = 1;
        }
        if (size * 2 >= table.length) {
            if (size >= MAX_SIZE) {
                overflowed = true;
                table = null;
                return;
            }
            grow();
        }
        int mask = table.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (table[i] != EMPTY) {
            if (table[i] == h) {
                repeated = true;
                return;
            }
            i = (i + 1) & mask;
        }
        table[i] = h;
        size++;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        int mask = table.length - 1;
        for (long h : old) {
            if (h != EMPTY) {
                int i = (int) (h ^ (h >>> 32)) & mask;
                while (table[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                table[i] = h;
            }
        }
    }

    /** False only when it is certain that no id was added twice. */
    boolean mayHaveDuplicates() {
        return repeated || overflowed;
    }
}
