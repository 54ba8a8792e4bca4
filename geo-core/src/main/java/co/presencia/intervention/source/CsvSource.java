package co.presencia.intervention.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A delimited text file. Encoding: a byte-order mark decides (UTF-8, UTF-16LE/BE); otherwise the evidence of the
 * whole file ({@link FileProbe}): lines whose accents are valid UTF-8 against lines with bytes that cannot be UTF-8;
 * the majority decides (UTF-8 on a tie), and a line of the other kind is never decoded into garbled text: the row
 * holding it is handed over as {@link RowSink#unreadable} with its line and the byte at fault, and the decision and its
 * contradicting lines are {@link #notes() noted}. Windows-1252 is a superset of Latin-1 for printable characters,
 * what Excel writes on Spanish Windows. Delimiter: the one of {@code , ; TAB |} that occurs most often outside quotes
 * in the first line. Header: found by {@link TableScanner} (below titles; trailing totals and notes left out).
 *
 * <p>Cells: the white space around a value is removed as in an XLSX ({@link CellText}): spaces, tabs and line breaks,
 * never a control character. Commons CSV's own trim ({@link String#trim()}) is not used, because it drops NUL and
 * every other C0 control at either end of a cell, so that {@code 2023<NUL>} would be imported from a CSV and rejected
 * from an XLSX; here the row holding it is rejected from both, naming line and field.
 */
public final class CsvSource implements TabularSource {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};

    private final Path file;
    private final Charset charset;
    private final int bomLength;
    private final char delimiter;
    private final FileProbe probe;
    private final List<String> notes = new ArrayList<>();
    private volatile LineDecodingReader decoding;
    private long headerLine = -1;

    private CsvSource(Path file, Charset charset, int bomLength, char delimiter, FileProbe probe) {
        this.file = file;
        this.charset = charset;
        this.bomLength = bomLength;
        this.delimiter = delimiter;
        this.probe = probe;
    }

    public static CsvSource open(Path file) throws IOException {
        return open(file, FileProbe.of(file));
    }

    /** Opens {@code file} with what {@code probe} already found out about it (no second pass). */
    public static CsvSource open(Path file, FileProbe probe) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4);
        }
        Charset charset;
        int bom = 0;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            charset = StandardCharsets.UTF_8;
            bom = 3;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        } else {
            charset = probe.utf8Lines() >= probe.otherLines() ? StandardCharsets.UTF_8 : WINDOWS_1252;
        }
        char delimiter = sniffDelimiter(file, charset, bom);
        return new CsvSource(file, charset, bom, delimiter, probe);
    }

    private static char sniffDelimiter(Path file, Charset charset, int bom) throws IOException {
        String first;
        try (BufferedReader reader = new BufferedReader(reader(Files.newInputStream(file), charset, bom), 1 << 16)) {
            first = reader.readLine();
        }
        if (first == null) {
            return ',';
        }
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (int i = 0; i < first.length(); i++) {
            char c = first.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                for (int d = 0; d < DELIMITERS.length; d++) {
                    if (c == DELIMITERS[d]) {
                        counts[d]++;
                    }
                }
            }
        }
        int best = 0;
        for (int d = 1; d < DELIMITERS.length; d++) {
            if (counts[d] > counts[best]) {
                best = d;
            }
        }
        return DELIMITERS[best];
    }

    /** A decoding reader over {@code in} after its byte-order mark. */
    private static Reader reader(InputStream in, Charset charset, int bom) throws IOException {
        try {
            in.skipNBytes(bom);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
        if (charset.equals(StandardCharsets.UTF_8) || charset.equals(WINDOWS_1252)) {
            return new LineDecodingReader(in, charset.equals(StandardCharsets.UTF_8));
        }
        return new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    @Override
    public void read(RowSink sink, HeaderRule rule) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setTrim(false).get();
        TableScanner table = new TableScanner(rule, sink, "línea");
        try (Reader reader = reader(Files.newInputStream(file), charset, bomLength); CSVParser parser = format.parse(reader)) {
            decoding = reader instanceof LineDecodingReader lines ? lines : null;
            Iterator<CSVRecord> records = parser.iterator();
            long previousEnd = 0;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw malformed(e, previousEnd + 1);
                }
                long line = previousEnd + 1;
                previousEnd = parser.getCurrentLineNumber();
                String contradiction = contradiction(line, Math.max(line, previousEnd));
                List<String> cells = stripped(record);
                if (!CellText.allBlank(cells) && !(contradiction == null ? table.row(cells, line) : table.unreadable(line, contradiction))) {
                    break;
                }
            }
        }
        if (!table.headerFound() && table.bestCandidate() != null) {
            sink.header(table.bestCandidate().cells(), table.bestCandidate().line());
        }
        table.end();
        headerLine = table.headerLine();
        notes.addAll(encodingNotes());
        notes.addAll(table.notes());
    }

    /** Why the record over {@code from}–{@code to} cannot be read faithfully, or null; forgets lines up to {@code to}. */
    private String contradiction(long from, long to) {
        if (decoding == null) {
            return null;
        }
        Map<Long, String> lines = decoding.contradictions(from, to);
        String reason = null;
        if (!lines.isEmpty()) {
            Map.Entry<Long, String> first = lines.entrySet().iterator().next();
            reason = "La línea " + first.getKey() + " " + first.getValue() + ". La fila no se importa para no guardar sus"
                    + " textos alterados: guarde el archivo entero en una sola codificación (line in another encoding"
                    + " than the rest of the file; not imported)";
        }
        decoding.recordEnded(to);
        return reason;
    }

    private static MalformedFileException malformed(RuntimeException e, long line) {
        if (e.getCause() instanceof MalformedFileException known) {
            return known;
        }
        return new MalformedFileException("CSV mal formado: el registro que empieza en la línea " + line + " tiene una"
                + " comilla sin cerrar o texto pegado a una comilla de cierre (malformed CSV: unbalanced or misplaced"
                + " quote)", "línea " + line, line, e);
    }

    private List<String> encodingNotes() {
        if (bomLength > 0 || probe.utf8Lines() == 0 || probe.otherLines() == 0) {
            return List.of();
        }
        boolean utf8 = charset.equals(StandardCharsets.UTF_8);
        long against = utf8 ? probe.otherLines() : probe.utf8Lines();
        List<Long> lines = utf8 ? probe.firstOtherLines() : probe.firstUtf8Lines();
        return List.of("Codificación " + (utf8 ? "UTF-8" : "Windows-1252") + ", por mayoría: "
                + (utf8 ? probe.utf8Lines() : probe.otherLines()) + " líneas con acentos la confirman y " + against
                + (against == 1 ? " la contradice (" : " la contradicen (")+ lines.stream().map(String::valueOf).collect(Collectors.joining(", "))
                + (against > lines.size() ? ", …" : "") + "); las filas de éstas se rechazan, no se guardan alteradas"
                + " (encoding decided by majority; rows on contradicting lines rejected)");
    }

    /** The record's values without the white space around them ({@link CellText#strip}). */
    private static List<String> stripped(CSVRecord record) {
        List<String> cells = new ArrayList<>(record.size());
        for (String value : record) {
            cells.add(CellText.strip(value));
        }
        return cells;
    }

    @Override
    public String describe() {
        return "CSV, " + encoding() + ", delimitador '" + (delimiter == '\t' ? "TAB" : String.valueOf(delimiter)) + "'"
                + (bomLength > 0 ? ", con BOM" : "") + (headerLine > 1 ? ", encabezado en la línea " + headerLine : "");
    }

    @Override
    public List<String> notes() {
        return List.copyOf(notes);
    }

    @Override
    public long bytesRead() {
        LineDecodingReader reader = decoding;
        return reader == null ? -1 : reader.bytesRead();
    }

    @Override
    public SourceFormat format() {
        return SourceFormat.CSV;
    }

    @Override
    public String encoding() {
        return charset.name();
    }

    @Override
    public Character delimiter() {
        return delimiter;
    }
}
