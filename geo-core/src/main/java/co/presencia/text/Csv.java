package co.presencia.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads small UTF-8 reference CSV files (comma-separated, header row, {@code #} comments, optional BOM). */
public final class Csv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setCommentMarker('#').setIgnoreSurroundingSpaces(true).get();

    private Csv() {
    }

    public static List<CSVRecord> read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public static List<CSVRecord> readResource(Class<?> anchor, String name) {
        try (InputStream in = Objects.requireNonNull(anchor.getResourceAsStream(name), "resource " + name);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read resource " + name, e);
        }
    }

    private static List<CSVRecord> parse(Reader input) throws IOException {
        BufferedReader reader = new BufferedReader(input);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        try (CSVParser parser = FORMAT.parse(reader)) {
            return parser.getRecords();
        }
    }
}
