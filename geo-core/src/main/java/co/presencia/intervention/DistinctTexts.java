package co.presencia.intervention;

import java.util.Arrays;
import java.util.function.ToLongFunction;

/**
 * Counts distinct texts exactly without keeping a {@link String} per text: the characters go into one growing
 * {@code char[]} and an open-addressing table holds, per distinct text, its 64-bit fingerprint and where its characters
 * start. Equal fingerprints are compared character by character, so the count is exact. About 2 bytes per character
 * plus 12 bytes per distinct text, in a handful of large arrays: counting a million beneficiaries during an import
 * neither fills the heap with small objects nor makes the collector copy them.
 */
final class DistinctTexts {

    private final ToLongFunction<String> fingerprintOf;
    private long[] fingerprints = new long[1 << 12];
    /** Per slot: 1 + where the text starts in {@link #chars} (0: empty slot). */
    private int[] starts = new int[1 << 12];
    /** Each text as its length, then its characters. */
    private char[] chars = new char[1 << 14];
    private int used;
    private int size;

    DistinctTexts() {
        this(RowHash::ofText);
    }

    /** With another fingerprint (tests force collisions with a constant one). */
    DistinctTexts(ToLongFunction<String> fingerprintOf) {
        this.fingerprintOf = fingerprintOf;
    }

    /** Adds {@code text}; true when it was not there yet. */
    boolean add(String text) {
        if ((size + 1) * 2 > starts.length) {
            grow();
        }
        long fingerprint = fingerprintOf.applyAsLong(text);
        int mask = starts.length - 1;
        int slot = (int) (fingerprint ^ (fingerprint >>> 32)) & mask;
        while (starts[slot] != 0) {
            if (fingerprints[slot] == fingerprint && sameText(starts[slot] - 1, text)) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        fingerprints[slot] = fingerprint;
        starts[slot] = 1 + append(text);
        size++;
        return true;
    }

    int size() {
        return size;
    }

    private boolean sameText(int start, String text) {
        int length = chars[start];
        if (length != text.length()) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (chars[start + 1 + k] != text.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private int append(String text) {
        if (text.length() > Character.MAX_VALUE) {
            throw new IllegalArgumentException("A text of " + text.length() + " characters is longer than a counted text can be");
        }
        int needed = used + 1 + text.length();
        if (needed > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(needed, chars.length * 2));
        }
        int start = used;
        chars[used++] = (char) text.length();
        text.getChars(0, text.length(), chars, used);
        used += text.length();
        return start;
    }

    private void grow() {
        long[] oldFingerprints = fingerprints;
        int[] oldStarts = starts;
        fingerprints = new long[oldStarts.length * 2];
        starts = new int[oldStarts.length * 2];
        int mask = starts.length - 1;
        for (int k = 0; k < oldStarts.length; k++) {
            if (oldStarts[k] != 0) {
                long fingerprint = oldFingerprints[k];
                int slot = (int) (fingerprint ^ (fingerprint >>> 32)) & mask;
                while (starts[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                fingerprints[slot] = fingerprint;
                starts[slot] = oldStarts[k];
            }
        }
    }
}
