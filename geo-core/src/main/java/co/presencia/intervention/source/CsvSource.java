package co.presencia.intervention.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A delimited text file. Encoding: a byte-order mark decides (UTF-8, UTF-16LE/BE); otherwise the whole file is
 * checked as UTF-8 in one streaming pass, and a file that is not valid UTF-8 is read as Windows-1252 (a superset of
 * Latin-1 for printable characters, which is what Excel writes on Spanish Windows). Delimiter: the one of
 * {@code , ; TAB |} that occurs most often outside quotes in the header line.
 */
public final class CsvSource implements TabularSource {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};

    private final Path file;
    private final Charset charset;
    private final int bomLength;
    private final char delimiter;
    private volatile long bytesRead;

    private CsvSource(Path file, Charset charset, int bomLength, char delimiter) {
        this.file = file;
        this.charset = charset;
        this.bomLength = bomLength;
        this.delimiter = delimiter;
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
            charset = probe.utf8() ? StandardCharsets.UTF_8 : WINDOWS_1252;
        }
        char delimiter = sniffDelimiter(file, charset, bom);
        return new CsvSource(file, charset, bom, delimiter);
    }

    private static char sniffDelimiter(Path file, Charset charset, int bom) throws IOException {
        String first;
        try (BufferedReader reader = reader(file, charset, bom)) {
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

    private static BufferedReader reader(Path file, Charset charset, int bom) throws IOException {
        return reader(Files.newInputStream(file), charset, bom);
    }

    private static BufferedReader reader(InputStream in, Charset charset, int bom) throws IOException {
        try {
            in.skipNBytes(bom);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
        Reader decoded = new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        return new BufferedReader(decoded, 1 << 16);
    }

    @Override
    public void read(RowSink sink) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setTrim(true).get();
        InputStream counting = new java.io.FilterInputStream(Files.newInputStream(file)) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    bytesRead++;
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    bytesRead += n;
                }
                return n;
            }
        };
        try (Reader reader = reader(counting, charset, bomLength); CSVParser parser = format.parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            long previousEnd = 0;
            boolean headerSeen = false;
            while (records.hasNext()) {
                CSVRecord record;
                try {
                    record = records.next();
                } catch (IllegalStateException | java.io.UncheckedIOException e) {
                    throw new IOException("CSV mal formado cerca de la línea " + (previousEnd + 1)
                            + " (malformed CSV near line " + (previousEnd + 1) + "): " + e.getMessage(), e);
                }
                long line = previousEnd + 1;
                previousEnd = parser.getCurrentLineNumber();
                List<String> cells = record.toList();
                if (isBlank(cells)) {
                    continue;
                }
                if (!headerSeen) {
                    sink.header(cells, line);
                    headerSeen = true;
                } else {
                    sink.row(cells, line);
                }
            }
        }
    }

    private static boolean isBlank(List<String> cells) {
        for (String cell : cells) {
            if (cell != null && !cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String describe() {
        return "CSV, " + encoding() + ", delimitador '" + (delimiter == '\t' ? "TAB" : String.valueOf(delimiter)) + "'"
                + (bomLength > 0 ? ", con BOM" : "");
    }

    @Override
    public long bytesRead() {
        return bytesRead;
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
