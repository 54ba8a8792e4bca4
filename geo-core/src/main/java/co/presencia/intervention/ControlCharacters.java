package co.presencia.intervention;

import co.presencia.intervention.source.ControlCharacterScan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Control characters in a file's cells (issue 13 §1): NUL and the other C0 controls except tab and line breaks,
 * DEL, and the C1 controls U+0080–U+009F. They are not text a planner writes, PostgreSQL cannot store NUL at all,
 * and H2 would store it silently: so a row with one in a column that is imported is rejected, naming its line and
 * column, identically on both stores; and whatever a report or the store keeps shows them as visible symbols
 * ({@code 20␀23}), never as the raw character.
 */
final class ControlCharacters {

    private ControlCharacters() {
    }

    /** {@code text} with every forbidden control character shown as a symbol: U+2400–U+241F, ␡, or {@code <U+0085>}. */
    static String visible(String text) {
        int first = ControlCharacterScan.first(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!ControlCharacterScan.forbidden(c)) {
                out.append(c);
            } else if (c < 0x20) {
                out.append((char) (0x2400 + c));
            } else if (c == 0x7F) {
                out.append('\u2421');
            } else {
                out.append(String.format(Locale.ROOT, "<U+%04X>", (int) c));
            }
        }
        return out.toString();
    }

    /** The name people know a control character by: "U+0000 (NUL)". */
    static String describe(char c) {
        String name = Character.getName(c);
        return String.format(Locale.ROOT, "U+%04X", (int) c) + (name == null ? "" : " (" + name + ")");
    }

    /**
     * The rejections of a row whose imported cells hold control characters: one per such column, with its visible
     * value and the position of the first one; empty when the row is clean.
     */
    static List<Rejection> check(ColumnMapping columns, List<String> cells, long line, String fileName) {
        List<Rejection> found = null;
        String recordId = null;
        for (SourceField field : SourceField.values()) {
            int column = columns.column(field);
            String cell = column >= 0 && column < cells.size() ? cells.get(column) : null;
            int at = ControlCharacterScan.first(cell);
            if (field == SourceField.RECORD_ID && cell != null && at < 0 && !cell.isBlank()) {
                recordId = cell.strip();
            }
            if (at >= 0) {
                if (found == null) {
                    found = new ArrayList<>(2);
                }
                found.add(new Rejection(fileName, line, recordId, columns.header(field), cell, "Carácter de control "
                        + describe(cell.charAt(at)) + " en la posición " + (at + 1) + ": no es texto y no se guarda;"
                        + " revise cómo se generó el archivo (control character in the cell)"));
            }
        }
        return found == null ? List.of() : List.copyOf(found);
    }
}
