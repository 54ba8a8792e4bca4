package co.presencia.intervention.source;

import java.util.List;

/**
 * What the header row of a table looks like, for finding it below titles, dates and blank rows (issue 13 §1): the
 * first row a rule {@link #accepts} is the header; when no row within the first
 * {@link TableScanner#HEADER_SEARCH_ROWS} is, the one with the highest {@link #score} is handed over as the header,
 * so that the reader can say what it lacks.
 */
public interface HeaderRule {

    /** The first non-blank row is the header, whatever it holds. */
    HeaderRule FIRST_ROW = new HeaderRule() {
        @Override
        public boolean accepts(List<String> cells) {
            return true;
        }

        @Override
        public int score(List<String> cells) {
            return 0;
        }
    };

    /** Whether {@code cells} are a usable header. */
    boolean accepts(List<String> cells);

    /** How many of {@code cells} are recognised column names (higher reads more like a header). */
    int score(List<String> cells);
}
