package co.presencia.coverage;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Interned sequences of small codes (the filter combinations of one beneficiary's records in one unit, in record
 * order), so that identical sequences — very many beneficiaries have the same few records — are evaluated once per
 * request. The sequences of one code {@code c} have the id {@code c} itself, without a lookup; longer ones get the
 * next ids. Built once, then read-only.
 */
final class Sequences {

    private final int alphabet;
    private int[] starts;
    private int[] codes;
    private int count;
    private int used;
    private Map<Key, Integer> ids = new HashMap<>();

    /** @param alphabet codes run from 0 to {@code alphabet - 1}; the one-code sequences are ids 0 … alphabet - 1 */
    Sequences(int alphabet) {
        this.alphabet = alphabet;
        this.starts = new int[alphabet + 1024];
        this.codes = new int[Math.max(16, alphabet * 2)];
        for (int c = 0; c < alphabet; c++) {
            starts[c] = c;
            codes[c] = c;
        }
        this.count = alphabet;
        this.used = alphabet;
        starts[count] = used;
    }

    /** The id of the first {@code length} codes of {@code buffer}, interned. */
    int intern(int[] buffer, int length) {
        if (length == 1) {
            return buffer[0];
        }
        Key probe = new Key(buffer, length);
        Integer known = ids.get(probe);
        if (known != null) {
            return known;
        }
        int id = count;
        if (count + 2 > starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
        }
        if (used + length > codes.length) {
            codes = Arrays.copyOf(codes, Math.max(codes.length * 2, used + length));
        }
        System.arraycopy(buffer, 0, codes, used, length);
        used += length;
        count++;
        starts[count] = used;
        ids.put(new Key(Arrays.copyOf(buffer, length), length), id);
        return id;
    }

    /** Ends the building: the lookup map is dropped, the arrays trimmed. */
    Sequences freeze() {
        ids = null;
        starts = Arrays.copyOf(starts, count + 1);
        codes = Arrays.copyOf(codes, used);
        return this;
    }

    int size() {
        return count;
    }

    int alphabet() {
        return alphabet;
    }

    /**
     * Each sequence under a request's acceptance of codes, packed in one int: 0 when no code of it is accepted, else
     * the number of accepted codes (bits 0–23) and 1 + the company size of the last accepted code that has one, 0 for
     * none (bits 24–31).
     *
     * @param accepted whether each code is accepted
     * @param size     each code's company size (ordinal), -1 for none
     */
    int[] evaluate(boolean[] accepted, byte[] size) {
        int[] result = new int[count];
        for (int c = 0; c < alphabet; c++) {
            result[c] = accepted[c] ? 1 | (size[c] + 1) << 24 : 0;
        }
        for (int s = alphabet; s < count; s++) {
            int rows = 0;
            int last = 0;
            for (int i = starts[s], end = starts[s + 1]; i < end; i++) {
                int c = codes[i];
                if (accepted[c]) {
                    rows++;
                    if (size[c] >= 0) {
                        last = size[c] + 1;
                    }
                }
            }
            result[s] = rows == 0 ? 0 : rows | last << 24;
        }
        return result;
    }

    /** The accepted codes of an evaluated sequence (0: not reached). */
    static int rows(int evaluated) {
        return evaluated & 0xFFFFFF;
    }

    /** The company size of the last accepted code with one, -1 for none. */
    static int lastSize(int evaluated) {
        return (evaluated >>> 24) - 1;
    }

    /** A sequence as a map key: its first {@code length} codes. */
    private static final class Key {
        private final int[] codes;
        private final int length;
        private final int hash;

        Key(int[] codes, int length) {
            this.codes = codes;
            this.length = length;
            int h = length;
            for (int i = 0; i < length; i++) {
                h = 31 * h + codes[i];
            }
            this.hash = h;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.length == length && Arrays.equals(codes, 0, length, k.codes, 0, length);
        }
    }
}
