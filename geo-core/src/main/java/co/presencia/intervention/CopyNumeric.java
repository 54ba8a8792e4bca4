package co.presencia.intervention;

import java.math.BigDecimal;

/**
 * A {@link BigDecimal} as PostgreSQL's binary {@code numeric} (what {@code numeric_recv} reads): after the field's
 * length, the number of base-10000 digits, the weight of the first (its power of 10000), the sign (0x0000 or 0x4000),
 * the display scale, then the digits, most significant first, with no leading or trailing zero digit. The server
 * applies the column's precision and scale as it does to text.
 */
final class CopyNumeric {

    private static final short POSITIVE = 0x0000;
    private static final short NEGATIVE = 0x4000;

    private CopyNumeric() {
    }

    /** Writes {@code value} (or a null field) at {@code at}; returns the position after it. */
    static int write(byte[] b, int at, BigDecimal value) {
        if (value == null) {
            short16(b, at, -1);
            short16(b, at + 2, -1);
            return at + 4;
        }
        BigDecimal plain = value.scale() < 0 ? value.setScale(0) : value;
        int scale = plain.scale();
        boolean negative = plain.signum() < 0;
        if (plain.precision() <= 15 && scale <= 15) {
            return writeSmall(b, at, Math.abs(plain.unscaledValue().longValue()), scale, negative);
        }
        String digits = plain.unscaledValue().abs().toString();
        int integerDigits = digits.length() - scale;
        // Powers of 10000 from the highest that holds an integer digit down to the lowest that holds a fraction one.
        int high = integerDigits > 0 ? (integerDigits - 1) / 4 : -1;
        int low = scale > 0 ? -((scale + 3) / 4) : 0;
        while (high >= low && group(digits, integerDigits, high) == 0) {
            high--;
        }
        while (low <= high && group(digits, integerDigits, low) == 0) {
            low++;
        }
        int count = Math.max(0, high - low + 1);
        int u = header(b, at, count, high, negative, scale);
        for (int weight = high; weight >= low; weight--) {
            short16(b, u, group(digits, integerDigits, weight));
            u += 2;
        }
        return u;
    }

    /**
     * The same for an unscaled value of at most 15 decimal digits, with long arithmetic: padded with zeros to a whole
     * number of base-10000 fraction digits (at most 18 decimal digits), then cut from the least significant end.
     */
    private static int writeSmall(byte[] b, int at, long magnitude, int scale, boolean negative) {
        int padding = (4 - scale % 4) % 4;
        long rest = magnitude;
        for (int k = 0; k < padding; k++) {
            rest *= 10;
        }
        int low = -(scale + padding) / 4;
        while (rest != 0 && rest % 10_000 == 0) {
            rest /= 10_000;
            low++;
        }
        int[] groups = new int[5];
        int count = 0;
        for (; rest != 0; rest /= 10_000) {
            groups[count++] = (int) (rest % 10_000);
        }
        int u = header(b, at, count, low + count - 1, negative, scale);
        for (int k = count - 1; k >= 0; k--) {
            short16(b, u, groups[k]);
            u += 2;
        }
        return u;
    }

    /** The field's length and the numeric's header for {@code count} digits, the first of weight {@code high}. */
    private static int header(byte[] b, int at, int count, int high, boolean negative, int scale) {
        int length = 8 + 2 * count;
        short16(b, at, length >>> 16);
        short16(b, at + 2, length);
        short16(b, at + 4, count);
        short16(b, at + 6, count == 0 ? 0 : high);
        short16(b, at + 8, negative ? NEGATIVE : POSITIVE);
        short16(b, at + 10, scale);
        return at + 12;
    }

    /** The base-10000 digit of weight {@code weight}: the four decimal digits of 10^(4·weight+3) … 10^(4·weight). */
    private static int group(String digits, int integerDigits, int weight) {
        int value = 0;
        for (int power = 4 * weight + 3; power >= 4 * weight; power--) {
            int index = integerDigits - 1 - power;
            value = value * 10 + (index >= 0 && index < digits.length() ? digits.charAt(index) - '0' : 0);
        }
        return value;
    }

    private static void short16(byte[] b, int at, int value) {
        b[at] = (byte) (value >>> 8);
        b[at + 1] = (byte) value;
    }
}
