package co.presencia.intervention.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A tabular file that can be read once, streaming, into a {@link RowSink}. */
public interface TabularSource {

    /**
     * Reads the file's table into {@code sink}: finds the header with {@code rule} (below titles and blank rows;
     * in an XLSX on the first sheet that has one, unless a sheet was chosen) and leaves out trailing totals and notes.
     * Returns when the last row was delivered.
     *
     * @throws MalformedFileException when the content cannot be read as a table (says what and where)
     */
    void read(RowSink sink, HeaderRule rule) throws IOException;

    /** {@link #read(RowSink, HeaderRule)} with the first non-blank row as the header. */
    default void read(RowSink sink) throws IOException {
        read(sink, HeaderRule.FIRST_ROW);
    }

    /** What was detected about the file (format, encoding, delimiter, sheet, header row), for the report. */
    String describe();

    /**
     * What reading decided and left out, for the report, after {@link #read}: the encoding and the lines that
     * contradict it, rows above the header, trailing rows. Sentences for people, Spanish then English.
     */
    List<String> notes();

    SourceFormat format();

    /** Bytes of the file consumed so far (for progress), or -1 when the format cannot tell. */
    long bytesRead();

    /** Encoding name (CSV) or null. */
    String encoding();

    /** Delimiter (CSV) or null. */
    Character delimiter();

    /** Opens {@code file}, detecting its format; {@code fileName} is the name the user gave it. */
    static TabularSource open(Path file, String fileName) throws IOException {
        return open(file, fileName, FileProbe.of(file), null);
    }

    /**
     * Like {@link #open(Path, String)}, reusing a probe of the file.
     *
     * @param sheet the XLSX sheet to read, by name (case and accents ignored); null to search the sheets in order
     */
    static TabularSource open(Path file, String fileName, FileProbe probe, String sheet) throws IOException {
        return switch (SourceFormat.detect(file, fileName)) {
            case XLSX -> new XlsxSource(file, sheet);
            case CSV -> CsvSource.open(file, probe);
        };
    }
}
