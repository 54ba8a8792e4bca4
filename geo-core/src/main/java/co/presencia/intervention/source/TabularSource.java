package co.presencia.intervention.source;

import java.io.IOException;
import java.nio.file.Path;

/** A tabular file that can be read once, streaming, into a {@link RowSink}. */
public interface TabularSource {

    /** Reads the whole file into {@code sink}; returns when the last row was delivered. */
    void read(RowSink sink) throws IOException;

    /** What was detected about the file (format, encoding, delimiter), for the report. */
    String describe();

    SourceFormat format();

    /** Bytes of the file consumed so far (for progress), or -1 when the format cannot tell. */
    long bytesRead();

    /** Encoding name (CSV) or null. */
    String encoding();

    /** Delimiter (CSV) or null. */
    Character delimiter();

    /** Opens {@code file}, detecting its format; {@code fileName} is the name the user gave it. */
    static TabularSource open(Path file, String fileName) throws IOException {
        return open(file, fileName, FileProbe.of(file));
    }

    /** Like {@link #open(Path, String)}, reusing a probe of the file. */
    static TabularSource open(Path file, String fileName, FileProbe probe) throws IOException {
        return switch (SourceFormat.detect(file, fileName)) {
            case XLSX -> new XlsxSource(file);
            case CSV -> CsvSource.open(file, probe);
        };
    }
}
