package co.presencia.intervention.source;

import java.util.List;

/** Receives a tabular file: the header once, then every non-blank row of the table in file order. */
public interface RowSink {

    /** The header cells as written (not normalised), at {@code line}. */
    void header(List<String> names, long line);

    /**
     * One row. {@code cells} may be shorter or longer than the header; the list is only valid during the call.
     *
     * @param line 1-based line (CSV) or row number (XLSX) where the row starts
     */
    void row(List<String> cells, long line);

    /**
     * One row, with what the reading thread already knows: {@code mayHoldControlCharacters} is false only when no cell
     * holds a forbidden control character ({@link ControlCharacterScan}), so the receiver need not look again.
     */
    default void row(List<String> cells, long line, boolean mayHoldControlCharacters) {
        row(cells, line);
    }

    /**
     * A row that the source cannot hand over faithfully (e.g. a line in another encoding than the rest of the
     * file): it is reported, never guessed at.
     *
     * @param reason why, for people (Spanish, then English)
     */
    void unreadable(long line, String reason);
}
