package co.presencia.web.ogcapi;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * {@code datetime} (RFC 3339 instant or interval {@code start/end}, {@code ..} open ends). Checked for syntax; the
 * territory collections have no temporal geometry, so by /req/core/fc-time-response every feature matches.
 */
public record DatetimeParameter(String value) {

    public static final String NAME = "datetime";

    public static DatetimeParameter parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.split("/", -1);
        if (parts.length > 2) {
            throw OgcException.invalidParameter(NAME, "an instant or one interval 'start/end' is expected");
        }
        for (String part : parts) {
            if (parts.length == 2 && (part.isEmpty() || part.equals(".."))) {
                continue;
            }
            if (!isInstant(part)) {
                throw OgcException.invalidParameter(NAME, "'" + part + "' is not an RFC 3339 date or date-time");
            }
        }
        if (parts.length == 2 && (parts[0].isEmpty() || parts[0].equals("..")) && (parts[1].isEmpty() || parts[1].equals(".."))) {
            throw OgcException.invalidParameter(NAME, "an interval needs at least one end");
        }
        return new DatetimeParameter(text);
    }

    private static boolean isInstant(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            try {
                LocalDate.parse(text);
                return true;
            } catch (DateTimeParseException e2) {
                return false;
            }
        }
    }
}
