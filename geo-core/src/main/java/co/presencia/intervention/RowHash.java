package co.presencia.intervention;

import java.math.BigDecimal;

/**
 * A 64-bit fingerprint of everything stored for one record (record id, every field, the source line): an import
 * updates a stored record only when its fingerprint changed, and a dataset's content checksum is built from them.
 * FNV-1a over the UTF-16 code units with field separators, then a 64-bit finaliser (SplitMix64) to spread the bits;
 * not cryptographic, and it need not be: it detects edits to a record, it does not defend against forgery.
 */
final class RowHash {

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private RowHash() {
    }

    static long of(Intervention i) {
        long h = OFFSET;
        h = add(h, i.recordId());
        h = add(h, i.beneficiaryId());
        h = add(h, Integer.toString(i.year()));
        h = add(h, i.program());
        h = add(h, i.axis() == null ? null : i.axis().name());
        h = add(h, i.size() == null ? null : i.size().name());
        h = add(h, i.municipality().value());
        h = add(h, i.placement().name());
        h = add(h, i.longitude() == null ? null : Double.toString(i.longitude()));
        h = add(h, i.latitude() == null ? null : Double.toString(i.latitude()));
        h = add(h, i.sector());
        h = add(h, i.ciiu());
        h = add(h, amount(i.amountCop()));
        h = add(h, i.focus());
        h = add(h, i.status());
        h = add(h, Integer.toString(i.sourceLine()));
        return mix(h);
    }

    /** The 64-bit fingerprint of one text (record ids). */
    static long ofText(String text) {
        return mix(add(OFFSET, text));
    }

    private static String amount(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static long add(long h, String value) {
        if (value == null) {
            h ^= 0x1E;
            return h * PRIME;
        }
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            h ^= c & 0xFF;
            h *= PRIME;
            h ^= c >>> 8;
            h *= PRIME;
        }
        h ^= 0x1F;
        return h * PRIME;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
