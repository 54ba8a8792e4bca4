package co.presencia.intervention.source;

import co.presencia.text.NameKey;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * An XLSX workbook, read with POI's event API ({@link XSSFSheetXMLHandler} over SAX): rows are pushed as they are
 * parsed, so memory holds one row plus the shared-strings table, never a sheet. Cells are the values as Excel would
 * display them with their number format ({@link DataFormatter}, {@link Locale#ROOT}).
 *
 * <p>Which sheet: the one named when opened (case and accents ignored), else the first sheet whose first
 * {@value TableScanner#HEADER_SEARCH_ROWS} non-blank rows hold a header (a notes sheet first, a title above the
 * header: as government workbooks are made). {@link #describe()} says which sheet and row were used. A workbook
 * that is not one (DOCTYPE, zip bomb, bad cell reference, broken XML) is a {@link MalformedFileException} naming
 * the sheet and row (see {@link XlsxProblems}).
 */
public final class XlsxSource implements TabularSource {

    private final Path file;
    private final String sheet;
    private final List<String> notes = new ArrayList<>();
    private String usedSheet;
    private int usedIndex;
    private int sheetCount;
    private long headerRow = -1;

    /** @param sheet the sheet to read, or null to search them in order */
    public XlsxSource(Path file, String sheet) {
        this.file = file;
        this.sheet = sheet == null || sheet.isBlank() ? null : sheet.strip();
    }

    public XlsxSource(Path file) {
        this(file, null);
    }

    @Override
    public void read(RowSink sink, HeaderRule rule) throws IOException {
        XlsxProblems where = new XlsxProblems();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            where.part("xl/sharedStrings.xml");
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader reader = new XSSFReader(pkg);
            where.part("xl/styles.xml");
            StylesTable styles = reader.getStylesTable();
            readSheets((XSSFReader.SheetIterator) reader.getSheetsData(), new SheetParser(styles, strings, where), sink,
                    rule);
        } catch (MalformedFileException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw where.explain(e);
        }
    }

    private void readSheets(XSSFReader.SheetIterator sheets, SheetParser parser, RowSink sink, HeaderRule rule)
            throws IOException, SAXException, ParserConfigurationException {
        List<String> names = new ArrayList<>();
        TableScanner.Row best = null;
        String bestSheet = null;
        int bestIndex = 0;
        while (sheets.hasNext()) {
            try (InputStream in = sheets.next()) {
                String name = sheets.getSheetName();
                names.add(name);
                if (usedSheet != null || sheet != null && !NameKey.of(name).equals(NameKey.of(sheet))) {
                    continue;
                }
                TableScanner table = new TableScanner(rule, sink, "fila");
                parser.parse(in, name, table);
                if (table.headerFound()) {
                    use(name, names.size(), table);
                } else if (table.bestCandidate() != null && (best == null || table.bestCandidate().score() > best.score())) {
                    best = table.bestCandidate();
                    bestSheet = name;
                    bestIndex = names.size();
                }
            }
        }
        sheetCount = names.size();
        if (usedSheet != null) {
            return;
        }
        if (sheet != null && bestSheet == null) {
            throw new MalformedFileException("El libro no tiene una hoja '" + sheet + "' con datos; sus hojas son: "
                    + String.join(", ", names) + " (no such sheet)", "hoja '" + sheet + "'", 0);
        }
        if (best != null) {
            usedSheet = bestSheet;
            usedIndex = bestIndex;
            headerRow = best.line();
            notes.add("Ninguna hoja tiene un encabezado reconocible en sus primeras " + TableScanner.HEADER_SEARCH_ROWS
                    + " filas; se muestra el de la hoja '" + bestSheet + "', fila " + best.line()
                    + " (no sheet has a usable header)");
            sink.header(best.cells(), best.line());
        }
    }

    private void use(String name, int index, TableScanner table) {
        table.end();
        usedSheet = name;
        usedIndex = index;
        headerRow = table.headerLine();
        if (index > 1 && sheet == null) {
            notes.add("Se leyó la hoja '" + name + "' (la " + index + "ª): las anteriores no tienen el encabezado en sus"
                    + " primeras " + TableScanner.HEADER_SEARCH_ROWS + " filas (sheet " + index + " used: the ones before"
                    + " it have no header)");
        }
        notes.addAll(table.notes());
    }

    @Override
    public String describe() {
        if (usedSheet == null) {
            return "XLSX";
        }
        return "XLSX, hoja '" + usedSheet + "' (" + usedIndex + " de " + Math.max(sheetCount, usedIndex) + ")"
                + (headerRow > 0 ? ", encabezado en la fila " + headerRow : "");
    }

    @Override
    public List<String> notes() {
        return List.copyOf(notes);
    }

    @Override
    public long bytesRead() {
        return -1;
    }

    @Override
    public SourceFormat format() {
        return SourceFormat.XLSX;
    }

    @Override
    public String encoding() {
        return null;
    }

    @Override
    public Character delimiter() {
        return null;
    }

    /** Parses one sheet's XML into a {@link TableScanner}, stopping early when the header search gives up. */
    private static final class SheetParser {
        private final StylesTable styles;
        private final ReadOnlySharedStringsTable strings;
        private final XlsxProblems where;

        SheetParser(StylesTable styles, ReadOnlySharedStringsTable strings, XlsxProblems where) {
            this.styles = styles;
            this.strings = strings;
            this.where = where;
        }

        void parse(InputStream sheet, String name, TableScanner table)
                throws IOException, SAXException, ParserConfigurationException {
            where.sheet(name);
            XMLReader parser = XMLHelper.newXMLReader();
            XlsxRows rows = new XlsxRows(table, where);
            parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows,
                    new DataFormatter(Locale.ROOT), false));
            try {
                parser.parse(new InputSource(sheet));
            } catch (XlsxRows.StopSheet stop) {
                // The header search gave up on this sheet: the rest of it is not read.
            } catch (XlsxRows.BadCell bad) {
                throw bad.problem();
            }
        }
    }
}
