package co.presencia.intervention.source;

import java.util.List;

/**
 * Which characters a cell may not hold (issue 13 §1): NUL and the other C0 controls except tab and line breaks, DEL,
 * and the C1 controls U+0080–U+009F. The one definition; {@code ControlCharacters} words the rejections. The reading
 * thread of {@link ReadAhead} scans every row with it, so the importer's thread looks closer only at the rare row that
 * holds one.
 */
public final class ControlCharacterScan {

    private ControlCharacterScan() {
    }

    /** Whether {@code c} is a control character that a cell may not hold. Tab, LF and CR are allowed. */
    public static boolean forbidden(char c) {
        return c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0x7F && c <= 0x9F;
    }

    /** The index of the first forbidden control character in {@code text}, or -1 (also for null). */
    public static int first(String text) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            if (forbidden(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Whether any of {@code cells} holds a forbidden control character. */
    public static boolean anyIn(List<String> cells) {
        for (int k = 0; k < cells.size(); k++) {
            if (first(cells.get(k)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
