package co.presencia.intervention.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an XLSX workbook, read with POI's event API ({@link XSSFSheetXMLHandler} over SAX): rows are
 * pushed as they are parsed, so memory holds one row plus the shared-strings table, never the sheet. Cells are
 * the values as Excel would display them with their number format ({@link DataFormatter}, {@link Locale#ROOT}).
 */
public final class XlsxSource implements TabularSource {

    private final Path file;

    public XlsxSource(Path file) {
        this.file = file;
    }

    @Override
    public void read(RowSink sink) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Rows(sink),
                        new DataFormatter(Locale.ROOT), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new IOException("No se pudo leer el XLSX (cannot read the XLSX file): " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
    }

    /** Collects the sparse cells of one row into a dense list and hands it on. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowSink sink;
        private final List<String> cells = new ArrayList<>();
        private boolean headerSeen;

        Rows(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            boolean blank = true;
            for (String cell : cells) {
                if (cell != null && !cell.isBlank()) {
                    blank = false;
                    break;
                }
            }
            if (blank) {
                return;
            }
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i) == null) {
                    cells.set(i, "");
                }
            }
            if (!headerSeen) {
                headerSeen = true;
                sink.header(List.copyOf(cells), rowNum + 1L);
            } else {
                sink.row(cells, rowNum + 1L);
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
            while (cells.size() < column) {
                cells.add(null);
            }
            String value = formattedValue == null ? "" : formattedValue.strip();
            if (cells.size() == column) {
                cells.add(value);
            } else {
                cells.set(column, value);
            }
        }

        @Override
        public void headerFooter(String text, boolean isHeader, String tagName) {
            // Not data.
        }

    }

    @Override
    public String describe() {
        return "XLSX (primera hoja)";
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
}
