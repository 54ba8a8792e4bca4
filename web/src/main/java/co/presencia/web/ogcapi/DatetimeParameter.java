package co.presencia.web.ogcapi;

import co.presencia.error.InvalidParameterException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * {@code datetime} (RFC 3339 instant or interval {@code start/end}, {@code ..} open ends). Checked for syntax and
 * order: an interval whose start is after its end is a 400 (a date counts as its whole day, in UTC when it has no
 * offset). The collections have no temporal geometry, so by /req/core/fc-time-response every feature matches.
 */
public record DatetimeParameter(String value) {

    public static final String NAME = "datetime";

    public static DatetimeParameter parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.split("/", -1);
        if (parts.length > 2) {
            throw new InvalidParameterException(NAME, "query.datetime.shape", text);
        }
        for (String part : parts) {
            if (parts.length == 2 && (part.isEmpty() || part.equals(".."))) {
                continue;
            }
            if (!isInstant(part)) {
                throw new InvalidParameterException(NAME, "query.datetime.instant", part);
            }
        }
        if (parts.length == 2 && (parts[0].isEmpty() || parts[0].equals("..")) && (parts[1].isEmpty() || parts[1].equals(".."))) {
            throw new InvalidParameterException(NAME, "query.datetime.open");
        }
        if (parts.length == 2 && isInstant(parts[0]) && isInstant(parts[1])
                && start(parts[0]).isAfter(end(parts[1]))) {
            throw new InvalidParameterException(NAME, "query.datetime.order", text);
        }
        return new DatetimeParameter(text);
    }

    /** The first instant of a date-time or a date. */
    private static Instant start(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
    }

    /** The last instant of a date-time (itself) or a date (its whole day). */
    private static Instant end(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return LocalDate.parse(text).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1);
        }
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
