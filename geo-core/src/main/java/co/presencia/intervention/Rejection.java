package co.presencia.intervention;

import java.util.Objects;

/**
 * A row (or the file) that was not imported, and why.
 *
 * @param file     the file name as the user gave it
 * @param line     1-based line of the row (the header is line 1 in most files); for a whole-file problem, the
 *                 header line or 0 when the file has none
 * @param recordId the row's record id when it had one, else null
 * @param field    the column concerned, as written in the file's header (or the field name when the column is
 *                 missing); null when the row as a whole is concerned
 * @param value    the offending value as read (cut to 500 characters), or null
 * @param reason   why, in Spanish first and English second
 * Control characters in the file's text (file name, record id, column, value, and a reason that quotes any of them,
 * such as a header or a mapped column name) are kept as visible symbols ({@code 20␀23}), so that every store keeps
 * a rejection as it is shown.
 */
public record Rejection(String file, long line, String recordId, String field, String value, String reason) {

    public Rejection {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
        file = ControlCharacters.visible(file);
        reason = ControlCharacters.visible(reason);
        value = ControlCharacters.visible(value);
        recordId = ControlCharacters.visible(recordId);
        field = ControlCharacters.visible(field);
        if (value != null && value.length() > 500) {
            value = value.substring(0, 500);
        }
        if (recordId != null && recordId.length() > 100) {
            recordId = recordId.substring(0, 100);
        }
    }
}
