package co.presencia.web.ogcapi;

/**
 * {@code limit}: how many features a page holds. Default 10, minimum 1, maximum 10,000. A value above the maximum
 * is lowered to it (OGC API Features permission /per/core/fc-limit-default-minimum-maximum); a value that is not a
 * whole number or is below 1 is a 400.
 */
public record LimitParameter(int value) {

    public static final String NAME = "limit";
    public static final int DEFAULT = 10;
    public static final int MINIMUM = 1;
    public static final int MAXIMUM = 10_000;

    public static LimitParameter parse(String text) {
        if (text == null || text.isBlank()) {
            return new LimitParameter(DEFAULT);
        }
        long value;
        try {
            value = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw OgcException.invalidParameter(NAME, "a whole number between " + MINIMUM + " and " + MAXIMUM + " is expected, got '" + text + "'");
        }
        if (value < MINIMUM) {
            throw OgcException.invalidParameter(NAME, "the minimum is " + MINIMUM + ", got " + value);
        }
        return new LimitParameter((int) Math.min(value, MAXIMUM));
    }
}
