package co.presencia.intervention.source;

import java.util.List;

/**
 * How both sources clean a cell, so that a CSV and an XLSX holding the same text hand over the same cells: the white
 * space around the text is removed (spaces, tabs, line breaks and the Unicode spaces {@link String#strip()} removes),
 * but never a control character that {@link ControlCharacterScan} forbids, even where Java counts it as white space
 * (U+000B, U+000C, U+001C–U+001F) or {@link String#trim()} would drop it (NUL and every other C0 control): a cell
 * {@code 2023␀} keeps its NUL and its row is rejected naming line and field, as for a NUL inside the text, instead of
 * being silently repaired in one format and rejected in the other. For the same reason a cell holding such a
 * character is never blank.
 */
final class CellText {

    private CellText() {
    }

    /** {@code text} without the white space around it, forbidden control characters kept; {@code text} itself when there is none. */
    static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && removable(text.charAt(start))) {
            start++;
        }
        while (end > start && removable(text.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == text.length() ? text : text.substring(start, end);
    }

    /** Whether {@code text} is null, empty or only white space; a forbidden control character is not white space. */
    static boolean isBlank(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!removable(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether every one of {@code cells} is {@link #isBlank blank}. */
    static boolean allBlank(List<String> cells) {
        for (String cell : cells) {
            if (!isBlank(cell)) {
                return false;
            }
        }
        return true;
    }

    private static boolean removable(char c) {
        return Character.isWhitespace(c) && !ControlCharacterScan.forbidden(c);
    }
}
