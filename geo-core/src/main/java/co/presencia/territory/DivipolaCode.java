package co.presencia.territory;

import java.util.Objects;

/**
 * A DANE DIVIPOLA municipality code: always five ASCII digits, department (2) + municipality (3).
 *
 * <p>Files written by spreadsheets often lose the leading zero ({@code 5001} for Medellín); {@link #parse}
 * repairs that case and nothing else. A value that cannot be a code is rejected with a message that names it.
 */
public record DivipolaCode(String value) implements Comparable<DivipolaCode> {

    public DivipolaCode {
        Objects.requireNonNull(value, "value");
        if (!fiveAsciiDigits(value)) {
            throw new InvalidDivipolaCodeException(value, InvalidDivipolaCodeException.Reason.FIVE_DIGITS);
        }
        if (value.startsWith("00")) {
            throw new InvalidDivipolaCodeException(value, InvalidDivipolaCodeException.Reason.DEPARTMENT_00);
        }
    }

    /** Exactly five characters '0'–'9' (a loop, not a regular expression: every imported row builds codes). */
    private static boolean fiveAsciiDigits(String value) {
        if (value.length() != 5) {
            return false;
        }
        for (int i = 0; i < 5; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Parses user input: trims spaces, accepts a trailing {@code .0} written by spreadsheets, and restores a single
     * lost leading zero ({@code 5001 -> 05001}).
     */
    public static DivipolaCode parse(String raw) {
        if (raw == null) {
            throw new InvalidDivipolaCodeException("", InvalidDivipolaCodeException.Reason.EMPTY);
        }
        String text = raw.strip();
        if (text.endsWith(".0")) {
            text = text.substring(0, text.length() - 2);
        }
        if (text.isEmpty()) {
            throw new InvalidDivipolaCodeException(raw, InvalidDivipolaCodeException.Reason.EMPTY);
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                throw new InvalidDivipolaCodeException(raw, InvalidDivipolaCodeException.Reason.DIGITS_ONLY);
            }
        }
        if (text.length() == 4) {
            text = "0" + text;
        }
        if (text.length() != 5) {
            throw new InvalidDivipolaCodeException(raw, InvalidDivipolaCodeException.Reason.LENGTH);
        }
        return new DivipolaCode(text);
    }

    /** Whether {@code raw} parses, without throwing. */
    public static boolean isValid(String raw) {
        try {
            parse(raw);
            return true;
        } catch (InvalidDivipolaCodeException e) {
            return false;
        }
    }

    /** The two-digit department code, e.g. {@code 05}. */
    public String departmentCode() {
        return value.substring(0, 2);
    }

    @Override
    public int compareTo(DivipolaCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
