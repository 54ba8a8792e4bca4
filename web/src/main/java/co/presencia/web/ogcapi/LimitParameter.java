package co.presencia.web.ogcapi;

import co.presencia.error.InvalidParameterException;

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
            throw new InvalidParameterException(NAME, "query.limit.number", MINIMUM, MAXIMUM, text);
        }
        if (value < MINIMUM) {
            throw new InvalidParameterException(NAME, "query.limit.minimum", MINIMUM, value);
        }
        return new LimitParameter((int) Math.min(value, MAXIMUM));
    }
}
