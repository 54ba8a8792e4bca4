package co.presencia.intervention.source;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;

/**
 * Collects the sparse cells of one sheet row into a dense list and hands non-blank rows to a {@link TableScanner}.
 * A cell reference that is not one, or beyond Excel's last column (XFD, {@value #MAX_COLUMNS}) or row
 * ({@value #MAX_ROWS}), stops the sheet as malformed, so that a crafted reference cannot make a row huge.
 */
final class XlsxRows implements XSSFSheetXMLHandler.SheetContentsHandler {

    static final int MAX_COLUMNS = 16_384;
    static final int MAX_ROWS = 1_048_576;

    /** Stops parsing the sheet (the header search gave up on it). */
    static final class StopSheet extends RuntimeException {
        StopSheet() {
            super(null, null, false, false);
        }
    }

    /** Carries a malformed cell out of the SAX callbacks. */
    static final class BadCell extends RuntimeException {
        private final MalformedFileException problem;

        BadCell(MalformedFileException problem) {
            super(null, null, false, false);
            this.problem = problem;
        }

        MalformedFileException problem() {
            return problem;
        }
    }

    private final TableScanner table;
    private final XlsxProblems where;
    private final List<String> cells = new ArrayList<>();
    private int row;

    XlsxRows(TableScanner table, XlsxProblems where) {
        this.table = table;
        this.where = where;
    }

    @Override
    public void startRow(int rowNum) {
        row = rowNum + 1;
        where.row(row);
        if (row < 1 || row > MAX_ROWS) {
            throw new BadCell(where.problem("Número de fila fuera de los límites de Excel: " + row + " (row number out of range)"));
        }
        cells.clear();
    }

    @Override
    public void endRow(int rowNum) {
        boolean blank = true;
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (cell == null) {
                cells.set(i, "");
            } else if (!CellText.isBlank(cell)) {
                blank = false;
            }
        }
        if (!blank && !table.row(cells, row)) {
            throw new StopSheet();
        }
    }

    @Override
    public void cell(String cellReference, String formattedValue, XSSFComment comment) {
        int column = cellReference == null ? cells.size() : column(cellReference);
        while (cells.size() < column) {
            cells.add(null);
        }
        String value = formattedValue == null ? "" : CellText.strip(formattedValue);
        if (cells.size() == column) {
            cells.add(value);
        } else {
            cells.set(column, value);
        }
    }

    private int column(String reference) {
        int column;
        try {
            column = new CellReference(reference).getCol();
        } catch (RuntimeException e) {
            column = -1;
        }
        if (column < 0 || column >= MAX_COLUMNS) {
            String shown = reference.length() > 20 ? reference.substring(0, 20) + "…" : reference;
            throw new BadCell(where.problem("Referencia de celda inválida '" + shown + "' (bad cell reference)"));
        }
        return column;
    }

    @Override
    public void headerFooter(String text, boolean isHeader, String tagName) {
        // Print headers and footers are not data.
    }
}
