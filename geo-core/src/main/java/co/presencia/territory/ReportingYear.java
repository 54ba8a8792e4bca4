package co.presencia.territory;

import co.presencia.error.InvalidParameterException;

/**
 * A reporting year: the period a record belongs to and the year whose territorial vintage is a figure's
 * denominator. One valid range for the whole service ({@value #FIRST}–{@value #LAST}): an import accepts exactly
 * the years a query can ask for, so no record is stored that can never be counted. Population projections cover
 * fewer years (2005–2035); outside them a unit's population is unknown, not an error.
 */
public record ReportingYear(int value) implements Comparable<ReportingYear> {

    public static final int FIRST = 2000;
    public static final int LAST = 2100;
    /** The year a request without one means, unless the settings say otherwise (the 2023 management report). */
    public static final int DEFAULT = 2023;

    public ReportingYear {
        if (!isValid(value)) {
            throw new InvalidParameterException("year", "year.outOfRange", String.valueOf(value), String.valueOf(FIRST), String.valueOf(LAST));
        }
    }

    public static boolean isValid(int year) {
        return year >= FIRST && year <= LAST;
    }

    /** The year {@code value} of parameter (or field) {@code parameter}, checked against the range. */
    public static ReportingYear of(String parameter, int value) {
        if (!isValid(value)) {
            throw new InvalidParameterException(parameter, "year.outOfRange", String.valueOf(value), String.valueOf(FIRST), String.valueOf(LAST));
        }
        return new ReportingYear(value);
    }

    /** Parses the text of parameter (or field) {@code parameter}: a whole number in range. */
    public static ReportingYear parse(String parameter, String text) {
        String value = text == null ? "" : text.strip();
        if (!value.matches("\\d{1,9}")) {
            throw new InvalidParameterException(parameter, "year.invalid", value);
        }
        int year = Integer.parseInt(value);
        if (!isValid(year)) {
            throw new InvalidParameterException(parameter, "year.outOfRange", value, String.valueOf(FIRST), String.valueOf(LAST));
        }
        return new ReportingYear(year);
    }

    @Override
    public int compareTo(ReportingYear other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
