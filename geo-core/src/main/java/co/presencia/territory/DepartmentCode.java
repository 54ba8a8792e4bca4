package co.presencia.territory;

import java.util.Objects;
import java.util.regex.Pattern;

/** A DANE department code: two digits ({@code 05} Antioquia, {@code 11} Bogotá D.C.). */
public record DepartmentCode(String value) implements Comparable<DepartmentCode> {

    private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");

    public DepartmentCode {
        Objects.requireNonNull(value, "value");
        if (!TWO_DIGITS.matcher(value).matches() || value.equals("00")) {
            throw new InvalidDepartmentCodeException(value);
        }
    }

    /** Accepts {@code 5} for {@code 05}. */
    public static DepartmentCode parse(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.length() == 1 && Character.isDigit(text.charAt(0))) {
            text = "0" + text;
        }
        return new DepartmentCode(text);
    }

    @Override
    public int compareTo(DepartmentCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }

    /** A text that is not a department code. */
    public static class InvalidDepartmentCodeException extends co.presencia.error.InvalidParameterException {
        public InvalidDepartmentCodeException(String value) {
            super("code", "department.invalid", value);
        }
    }
}
