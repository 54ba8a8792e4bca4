package co.presencia.intervention;

import co.presencia.intervention.source.RowSink;
import co.presencia.sector.CiiuClassification;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * One pass of an import over its file ({@link ImportRun}): maps the header's columns, then checks each row for control
 * characters, parses and places it ({@link RecordParser}), and hands it to the writer, or its rejections to the
 * reject log; reports progress and stops when the thread is asked to.
 */
final class RowStager implements RowSink {

    private static final int PROGRESS_EVERY = 5000;
    private static final int STOP_CHECK_EVERY = 1000;

    /** The header cannot be read as interventions (its problems are already rejected). */
    static final class InvalidHeader extends RuntimeException {
        InvalidHeader() {
            super(null, null, false, false);
        }
    }

    /** The import's thread was asked to stop. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    /** Carries a checked failure of the writer out of the row callbacks. */
    static final class WriteFailure extends RuntimeException {
        WriteFailure(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    private final ImportOptions options;
    private final MunicipalityJoiner joiner;
    private final StagingWriter writer;
    private final ImportTally tally;
    private final RecordIdSet ids;
    private final Consumer<Rejection> reject;
    private final ImportListener listener;
    private final LongSupplier bytesRead;
    private final long totalBytes;
    private ColumnMapping columns;
    private RecordParser parser;
    private final Supplier<CiiuClassification> classification;

    RowStager(ImportOptions options, MunicipalityJoiner joiner, Supplier<CiiuClassification> classification, StagingWriter writer,
              ImportTally tally, RecordIdSet ids, Consumer<Rejection> reject, ImportListener listener, LongSupplier bytesRead,
              long totalBytes) {
        this.options = options;
        this.joiner = joiner;
        this.classification = classification;
        this.writer = writer;
        this.tally = tally;
        this.ids = ids;
        this.reject = reject;
        this.listener = listener;
        this.bytesRead = bytesRead;
        this.totalBytes = totalBytes;
    }

    /** The columns of the header, or null when the file had none. */
    ColumnMapping columns() {
        return columns;
    }

    @Override
    public void header(List<String> names, long line) {
        columns = ColumnMapping.resolve(names, options.mapping());
        if (!columns.problems().isEmpty()) {
            for (String problem : columns.problems()) {
                reject.accept(new Rejection(options.fileName(), line, null, null, String.join(",", names), problem));
            }
            throw new InvalidHeader();
        }
        parser = new RecordParser(columns, joiner, options.fileName(),
                columns.has(SourceField.SECTOR) ? classification.get() : null);
    }

    @Override
    public void row(List<String> cells, long line) {
        row(cells, line, true);
    }

    @Override
    public void row(List<String> cells, long line, boolean mayHoldControlCharacters) {
        long read = tally.read();
        List<Rejection> controls = mayHoldControlCharacters
                ? ControlCharacters.check(columns, cells, line, options.fileName()) : List.of();
        RecordParser.Parsed parsed = controls.isEmpty() ? parser.parse(cells, line) : new RecordParser.Parsed(null, controls);
        Intervention intervention = parsed.intervention();
        if (intervention != null) {
            try {
                writer.add(intervention, RowHash.of(intervention));
            } catch (SQLException e) {
                throw new WriteFailure(e);
            }
            tally.accepted(intervention.placement());
            ids.add(intervention.recordId());
        } else {
            tally.rejected();
            parsed.rejections().forEach(reject);
        }
        afterRow(read);
    }

    @Override
    public void unreadable(long line, String reason) {
        long read = tally.read();
        tally.rejected();
        reject.accept(new Rejection(options.fileName(), line, null, null, null, reason));
        afterRow(read);
    }

    private void afterRow(long read) {
        if (read % STOP_CHECK_EVERY == 0 && Thread.currentThread().isInterrupted()) {
            throw new Stopped();
        }
        if (read % PROGRESS_EVERY == 0) {
            listener.progress(new ImportProgress(ImportProgress.Phase.READING, read, tally.rowsRejected(), bytesRead.getAsLong(),
                    totalBytes));
        }
    }
}
