package co.presencia.intervention.source;

import co.presencia.text.NameKey;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Finds where the table is among the non-blank rows of one sheet (or one CSV file), between a source and its sink,
 * as government workbooks are laid out (a title, a cut-off date and a blank row above the header; "TOTAL",
 * "Fuente: DANE." and notes below the data):
 * <ul>
 *   <li>the header is the first row the {@link HeaderRule} accepts within the first {@value #HEADER_SEARCH_ROWS}
 *       non-blank rows; the rows above it are not data;</li>
 *   <li>rows at the very end whose first cell reads as a total, a source, a note or a footnote ({@code *}) and that
 *       fill fewer cells than the header are left out; the same rows followed by data are data, and so is a run of
 *       more than {@value #HELD_ROWS} of them (or of more than {@value #HELD_CHARS} characters and cells): such a run
 *       is handed over as it comes, each row with its own number, as if there were no footer to look for;</li>
 *   <li>both are {@link #notes() noted} for the report, with their row numbers.</li>
 * </ul>
 * Memory: at most the search window and {@value #HELD_ROWS} trailing candidates, never the table, whatever the file.
 */
final class TableScanner {

    static final int HEADER_SEARCH_ROWS = 30;
    /** At most this many rows are held back as a possible footer; a longer run of footer-looking rows is data. */
    static final int HELD_ROWS = 200;
    /** At most this many characters and cells are held back as a possible footer (a note may be a paragraph). */
    static final int HELD_CHARS = 1 << 20;
    private static final List<String> FOOTER_WORDS = List.of("total", "totales", "fuente", "fuentes", "nota", "notas",
            "elaborado", "elaboracion", "actualizado", "actualizacion", "corte", "fecha de corte");
    private static final int SHOWN = 5;
    /** The first letters of {@link #FOOTER_WORDS}: most rows are told apart by their first character alone. */
    private static final String FOOTER_INITIALS = "tfneac";

    /** A row kept for a while, with its line or row number. */
    record Row(List<String> cells, long line, int score) {
    }

    private final HeaderRule rule;
    private final RowSink sink;
    private final String unit;
    private final List<Row> searched = new ArrayList<>();
    private final List<Row> held = new ArrayList<>();
    private final List<Row> trailing = new ArrayList<>();
    private long heldChars;
    /** Whether the current run of footer-looking rows outgrew the bound, so that it is not a footer. */
    private boolean runIsData;
    private Row header;
    private int headerWidth;
    private boolean gaveUp;

    /**
     * @param unit what a line number is called in the notes: "fila" (XLSX) or "línea" (CSV)
     */
    TableScanner(HeaderRule rule, RowSink sink, String unit) {
        this.rule = rule;
        this.sink = sink;
        this.unit = unit;
    }

    /** One non-blank row (the list may be reused by the caller). False once the search gave up on this table. */
    boolean row(List<String> cells, long line) {
        if (header == null) {
            return search(cells, line);
        }
        if (!looksLikeFooter(cells)) {
            runIsData = false;
            releaseHeld();
            sink.row(cells, line);
        } else if (runIsData) {
            sink.row(cells, line);
        } else {
            hold(cells, line);
        }
        return true;
    }

    private void hold(List<String> cells, long line) {
        held.add(new Row(List.copyOf(cells), line, 0));
        heldChars += cells.size();
        for (String cell : cells) {
            heldChars += cell == null ? 0 : cell.length();
        }
        if (held.size() > HELD_ROWS || heldChars > HELD_CHARS) {
            runIsData = true;
            releaseHeld();
        }
    }

    /** A row that could not be decoded faithfully: not data before the header, reported after it. */
    boolean unreadable(long line, String reason) {
        if (header == null) {
            return search(List.of(), line);
        }
        runIsData = false;
        releaseHeld();
        sink.unreadable(line, reason);
        return true;
    }

    private boolean search(List<String> cells, long line) {
        if (gaveUp) {
            return false;
        }
        if (!cells.isEmpty() && rule.accepts(cells)) {
            header = new Row(List.copyOf(cells), line, 0);
            headerWidth = nonBlank(cells);
            sink.header(header.cells(), line);
            return true;
        }
        searched.add(new Row(List.copyOf(cells), line, cells.isEmpty() ? -1 : rule.score(cells)));
        gaveUp = searched.size() >= HEADER_SEARCH_ROWS;
        return !gaveUp;
    }

    boolean headerFound() {
        return header != null;
    }

    /** The searched row that reads most like a header (the first of equals), or null when none was searched. */
    Row bestCandidate() {
        Row best = null;
        for (Row row : searched) {
            if (!row.cells().isEmpty() && (best == null || row.score() > best.score())) {
                best = row;
            }
        }
        return best;
    }

    /** Ends the table: the rows still held are its trailing notes, left out. */
    void end() {
        trailing.addAll(held);
        held.clear();
        heldChars = 0;
    }

    private void releaseHeld() {
        for (Row row : held) {
            sink.row(row.cells(), row.line());
        }
        held.clear();
        heldChars = 0;
    }

    private boolean looksLikeFooter(List<String> cells) {
        String first = null;
        for (String cell : cells) {
            if (!CellText.isBlank(cell)) {
                first = CellText.strip(cell);
                break;
            }
        }
        if (first == null || nonBlank(cells) >= Math.max(2, headerWidth)) {
            return false;
        }
        if (first.startsWith("*")) {
            return true;
        }
        if (FOOTER_INITIALS.indexOf(Character.toLowerCase(first.charAt(0))) < 0) {
            return false;
        }
        String key = NameKey.of(first);
        return FOOTER_WORDS.stream().anyMatch(word -> key.equals(word) || key.startsWith(word + " "));
    }

    private static int nonBlank(List<String> cells) {
        int n = 0;
        for (String cell : cells) {
            if (!CellText.isBlank(cell)) {
                n++;
            }
        }
        return n;
    }

    /** The header's line or row number, or -1 when none was found. */
    long headerLine() {
        return header == null ? -1 : header.line();
    }

    /** For the report: rows above the header and trailing rows left out, with their numbers (Spanish, then English). */
    List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (header != null && !searched.isEmpty()) {
            notes.add("Encabezado en la " + unit + " " + header.line() + "; " + plural(searched.size())
                    + " sobre él (título, fecha de corte…) no son datos: " + lines(searched)
                    + " (header found below " + searched.size() + " non-data rows)");
        }
        if (!trailing.isEmpty()) {
            notes.add(plural(trailing.size()) + " al final no son datos y no se importan: " + quoted(trailing)
                    + " (trailing total, source or note rows left out)");
        }
        return notes;
    }

    private String plural(int n) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    private String lines(List<Row> rows) {
        return rows.stream().limit(SHOWN).map(r -> String.valueOf(r.line())).collect(Collectors.joining(", "))
                + (rows.size() > SHOWN ? ", …" : "");
    }

    private String quoted(List<Row> rows) {
        return rows.stream().limit(SHOWN).map(r -> unit + " " + r.line() + " «" + firstText(r.cells()) + "»")
                .collect(Collectors.joining(", ")) + (rows.size() > SHOWN ? ", …" : "");
    }

    private static String firstText(List<String> cells) {
        for (String cell : cells) {
            if (!CellText.isBlank(cell)) {
                String text = cell.strip().replaceAll("\\s+", " ");
                return text.length() > 40 ? text.substring(0, 40) + "…" : text;
            }
        }
        return "";
    }
}
