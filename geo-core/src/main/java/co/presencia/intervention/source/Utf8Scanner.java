package co.presencia.intervention.source;

/**
 * Follows bytes as UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF) and tells, per line,
 * whether it held multi-byte sequences that are valid UTF-8 and whether it held bytes that cannot be UTF-8: the
 * evidence on which a file's encoding is decided. Line ends are the caller's business ({@link #endLine}).
 */
final class Utf8Scanner {

    private int need;
    private int low = 0x80;
    private int high = 0xBF;
    private boolean validMultibyte;
    private boolean invalid;
    private int column;
    private int firstInvalidColumn = -1;
    private int firstInvalidByte = -1;
    private int leadColumn;
    private int lead;

    /** Takes the next byte (0–255) of the current line. */
    void accept(int b) {
        column++;
        if (need > 0) {
            if (b >= low && b <= high) {
                low = 0x80;
                high = 0xBF;
                if (--need == 0) {
                    validMultibyte = true;
                }
                return;
            }
            need = 0;
            low = 0x80;
            high = 0xBF;
            markInvalid(lead, leadColumn);
            if (b >= 0x80 && b <= 0xBF) {
                return;
            }
        }
        if (b < 0x80) {
            return;
        }
        lead = b;
        leadColumn = column;
        if (b >= 0xC2 && b <= 0xDF) {
            need = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            need = 2;
            low = b == 0xE0 ? 0xA0 : 0x80;
            high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            need = 3;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            markInvalid(b, column);
        }
    }

    /** Whether the last byte ended a character (no multi-byte sequence is open). */
    boolean betweenCharacters() {
        return need == 0;
    }

    /** Takes {@code count} ASCII bytes (0–127) at once; only valid {@link #betweenCharacters}. */
    void acceptAscii(int count) {
        column += count;
    }

    private void markInvalid(int b, int at) {
        if (!invalid) {
            invalid = true;
            firstInvalidColumn = at;
            firstInvalidByte = b;
        }
    }

    /** Ends the current line (a sequence cut by the line end is invalid) and starts the next. */
    void endLine() {
        if (need > 0) {
            markInvalid(lead, leadColumn);
            need = 0;
            low = 0x80;
            high = 0xBF;
        }
        validMultibyte = false;
        invalid = false;
        column = 0;
        firstInvalidColumn = -1;
        firstInvalidByte = -1;
    }

    /** Whether the current line so far holds a valid multi-byte UTF-8 sequence. */
    boolean validMultibyte() {
        return validMultibyte;
    }

    /** Whether the current line so far (or a sequence still open) holds bytes that are not UTF-8. */
    boolean invalid() {
        return invalid || need > 0;
    }

    /** Where the first byte that is not UTF-8 sits in the current line, for people: "byte 0xED en la columna 12". */
    String firstInvalid() {
        if (!invalid) {
            return need > 0 ? String.format(java.util.Locale.ROOT, "el byte 0x%02X en la columna %d", lead, leadColumn) : "";
        }
        return String.format(java.util.Locale.ROOT, "el byte 0x%02X en la columna %d", firstInvalidByte, firstInvalidColumn);
    }
}
