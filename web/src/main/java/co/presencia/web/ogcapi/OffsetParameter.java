package co.presencia.web.ogcapi;

import co.presencia.error.InvalidParameterException;

/** {@code offset}: how many matching features to skip before the page starts. Default 0; negative is a 400. */
public record OffsetParameter(int value) {

    public static final String NAME = "offset";

    public static OffsetParameter parse(String text) {
        if (text == null || text.isBlank()) {
            return new OffsetParameter(0);
        }
        long value;
        try {
            value = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(NAME, "query.offset.number", text);
        }
        if (value < 0) {
            throw new InvalidParameterException(NAME, "query.offset.negative", value);
        }
        return new OffsetParameter((int) Math.min(value, Integer.MAX_VALUE));
    }

    /**
     * The offset of the page before one at {@code offset}: {@code limit} features earlier, but never past the end
     * of the {@code matched} features (a page requested beyond the end links back to the last full page), nor
     * below 0.
     */
    public static long previous(long offset, int limit, long matched) {
        long previous = Math.max(0, offset - limit);
        return previous < matched ? previous : Math.max(0, matched - limit);
    }
}
