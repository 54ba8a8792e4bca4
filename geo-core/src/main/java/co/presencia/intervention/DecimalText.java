package co.presencia.intervention;

/**
 * The quick way to read the decimals files mostly hold ("-75.5636", "6,2518"): an optional sign, digits, at most one
 * decimal point or comma, at most 15 digits in all. Such a number is an integer below 2^53 divided by a power of ten
 * up to 10^15, both exact in a double, so one division rounds it correctly: the same double as
 * {@link Double#parseDouble} (Clinger's fast path), without its cost. Anything else is left to the slow path.
 */
final class DecimalText {

    private static final int MAX_DIGITS = 15;
    private static final double[] POWERS_OF_TEN = new double[MAX_DIGITS + 1];

    static {
        double power = 1;
        for (int i = 0; i <= MAX_DIGITS; i++) {
            POWERS_OF_TEN[i] = power;
            power *= 10;
        }
    }

    private DecimalText() {
    }

    /** The value of {@code text} when it has the plain shape above; NaN otherwise (then parse it the slow way). */
    static double parsePlain(String text) {
        int length = text.length();
        int i = 0;
        boolean negative = false;
        if (length > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+')) {
            negative = text.charAt(0) == '-';
            i = 1;
        }
        long digits = 0;
        int count = 0;
        int fractionDigits = -1;
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++count > MAX_DIGITS) {
                    return Double.NaN;
                }
                digits = digits * 10 + (c - '0');
                if (fractionDigits >= 0) {
                    fractionDigits++;
                }
            } else if ((c == '.' || c == ',') && fractionDigits < 0) {
                fractionDigits = 0;
            } else {
                return Double.NaN;
            }
        }
        if (count == 0) {
            return Double.NaN;
        }
        double value = fractionDigits > 0 ? digits / POWERS_OF_TEN[fractionDigits] : digits;
        return negative ? -value : value;
    }
}
