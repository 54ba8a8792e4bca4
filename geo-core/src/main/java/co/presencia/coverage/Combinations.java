package co.presencia.coverage;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * The kinds of record of an index: each distinct combination of the filterable columns other than the place (year,
 * axis, program, company size) gets a small code, and each row its kind. A filter is then evaluated once per kind —
 * on one row of that kind, with the very test a pass over the rows makes — instead of once per row. A new filterable
 * column joins the key (and the row test); one with very many values (a sector code per record) had better be tested
 * on the rows (see {@link CoverageIndex#count}).
 */
final class Combinations {

    private final int[] kindOfRow;
    private final int[] rowOfKind;
    private final byte[] sizes;

    private Combinations(int[] kindOfRow, int[] rowOfKind, byte[] sizes) {
        this.kindOfRow = kindOfRow;
        this.rowOfKind = rowOfKind;
        this.sizes = sizes;
    }

    /**
     * @param rows   how many rows
     * @param key    the filterable columns of a row
     * @param sizeOf each row's company size (ordinal, -1 for none); it must be part of the key
     */
    static Combinations of(int rows, IntFunction<int[]> key, byte[] sizeOf) {
        Map<Key, Integer> kinds = new HashMap<>();
        int[] kindOfRow = new int[rows];
        int[] rowOfKind = new int[16];
        for (int r = 0; r < rows; r++) {
            Key k = new Key(key.apply(r));
            Integer kind = kinds.get(k);
            if (kind == null) {
                kind = kinds.size();
                kinds.put(k, kind);
                if (kind == rowOfKind.length) {
                    rowOfKind = Arrays.copyOf(rowOfKind, rowOfKind.length * 2);
                }
                rowOfKind[kind] = r;
            }
            kindOfRow[r] = kind;
        }
        int[] representatives = Arrays.copyOf(rowOfKind, kinds.size());
        byte[] sizes = new byte[representatives.length];
        for (int k = 0; k < sizes.length; k++) {
            sizes[k] = sizeOf[representatives[k]];
        }
        return new Combinations(kindOfRow, representatives, sizes);
    }

    int of(int row) {
        return kindOfRow[row];
    }

    int count() {
        return rowOfKind.length;
    }

    /** Each kind's company size (ordinal, -1 for none); the caller must not change it. */
    byte[] sizes() {
        return sizes;
    }

    /** Whether {@code rowAccepted} accepts each kind, asked of one row of the kind. */
    boolean[] accepted(IntPredicate rowAccepted) {
        boolean[] accepted = new boolean[rowOfKind.length];
        for (int k = 0; k < accepted.length; k++) {
            accepted[k] = rowAccepted.test(rowOfKind[k]);
        }
        return accepted;
    }

    private record Key(int[] values) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Arrays.equals(values, k.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }
    }
}
