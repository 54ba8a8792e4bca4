package co.presencia.intervention;

import co.presencia.intervention.source.FileProbe;
import co.presencia.intervention.source.RowSink;
import co.presencia.intervention.source.TabularSource;
import co.presencia.sector.CiiuClassification;
import co.presencia.spatial.sql.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a planner's file into a dataset: reads it row by row ({@link TabularSource}), checks and places every row
 * ({@link RecordParser}, {@link MunicipalityJoiner}), streams the accepted ones into a staging table and merges them
 * into the dataset with set-based SQL, all in <b>one transaction</b>:
 * <ul>
 *   <li>atomic by default: one rejected row and nothing is stored; with {@code acceptPartial} the valid rows are;</li>
 *   <li>idempotent: a record whose content is unchanged is not written, so re-importing a file changes nothing;
 *       a changed record is updated in place;</li>
 *   <li>a failure at any point (unreadable file, database gone, process stopped) rolls back: the previous content
 *       of the dataset stands;</li>
 *   <li>every rejection (file, line, record id, column, value, reason) is recorded on a separate connection as it
 *       happens, so the report survives the rollback.</li>
 * </ul>
 * Memory does not grow with the file: rows are never collected, duplicates are found by the database in staging.
 * One importer serves any number of imports, one per thread.
 */
public final class InterventionImporter {

    private static final Logger LOG = LoggerFactory.getLogger(InterventionImporter.class);
    private static final int PROGRESS_EVERY = 5000;

    private final Database database;
    private final DatasetRepository datasets;
    private final ImportJobRepository jobs;
    private final ImportStaging staging;
    private final MunicipalityJoiner joiner;
    private final Supplier<CiiuClassification> classification;

    /** An importer without the CIIU classification: a file with a sector (CIIU) column fails to import. */
    public InterventionImporter(Database database, MunicipalityJoiner joiner) {
        this(database, joiner, () -> {
            throw new IllegalStateException("This importer has no CIIU classification: a file with a sector (CIIU) column "
                    + "cannot be read");
        });
    }

    /**
     * @param classification CIIU Rev. 4 A.C., asked for only when a file has a sector (CIIU) column (ADR 0013)
     */
    public InterventionImporter(Database database, MunicipalityJoiner joiner, Supplier<CiiuClassification> classification) {
        this.database = database;
        this.datasets = new DatasetRepository(database);
        this.jobs = new ImportJobRepository(database);
        this.staging = new ImportStaging(database);
        this.joiner = joiner;
        this.classification = classification;
    }

    public static String newJobId() {
        return UUID.randomUUID().toString();
    }

    public ImportReport importFile(Path file, ImportOptions options, ImportListener listener) {
        return importFile(file, options, listener, newJobId());
    }

    /** Imports {@code file}; never throws for bad data or a failed store: the report's status says how it ended. */
    public ImportReport importFile(Path file, ImportOptions options, ImportListener listener, String jobId) {
        Run run = new Run(jobId, options, listener);
        try {
            run.probe = FileProbe.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            jobs.insertJob(jobId, options, run.probe.sha256(), run.startedAt);
        } catch (RuntimeException e) {
            LOG.warn("Import {} could not start", jobId, e);
            return run.failed("No hay conexión con la base de datos; el detalle está en el registro del servidor"
                    + " (no database connection; nothing changed; details in the server log)");
        }
        ImportReport report;
        try (RejectLog rejects = new RejectLog(database, jobId)) {
            run.rejects = rejects;
            report = run.execute(file);
            rejects.flush();
        } catch (SQLException e) {
            LOG.warn("Import {} could not record its rejects", jobId, e);
            report = run.failed("No se pudo registrar el informe de rechazos; el detalle está en el registro del servidor"
                    + " (could not record the rejects; details in the server log)");
        }
        finish(run, report);
        return report;
    }

    /** Records the end of the job, tells the listener, logs the outcome; none of these failing changes the report. */
    private void finish(Run run, ImportReport report) {
        TabularSource source = run.source;
        try {
            jobs.finishJob(report, source == null ? null : source.format().name(),
                    source == null ? null : source.encoding(), source == null ? null : source.delimiter());
        } catch (RuntimeException e) {
            LOG.warn("Import job {} ended {} but its end could not be recorded: {}", run.jobId, report.status(), e.getMessage());
        }
        long totalBytes = run.probe.size();
        try {
            run.listener.progress(new ImportProgress(ImportProgress.Phase.DONE, report.rowsRead(), report.rowsRejected(),
                    totalBytes, totalBytes));
        } catch (RuntimeException e) {
            LOG.warn("Progress listener failed after import {} ended: {}", run.jobId, e.getMessage());
        }
        LOG.info("Import {} into '{}' from {}: {} ({} read, {} accepted, {} rejected; {} inserted, {} updated, {} unchanged, {} removed)",
                run.jobId, run.options.datasetId(), run.options.fileName(), report.status(), report.rowsRead(),
                report.rowsAccepted(), report.rowsRejected(), report.inserted(), report.updated(), report.unchanged(),
                report.removed());
    }

    /** Signals, from inside the row callbacks, that the header makes the file unreadable. */
    private static final class InvalidFile extends RuntimeException {
        InvalidFile() {
            super(null, null, false, false);
        }
    }

    /** Carries a checked failure out of the row callbacks. */
    private static final class CallbackFailure extends RuntimeException {
        CallbackFailure(Exception cause) {
            super(cause);
        }
    }

    /** The state of one import. */
    private final class Run {
        final String jobId;
        final ImportOptions options;
        final ImportListener listener;
        final Instant startedAt = Instant.now();
        final ImportTally tally = new ImportTally();
        final RecordIdSet ids = new RecordIdSet();
        FileProbe probe;
        TabularSource source;
        RejectLog rejects;
        ColumnMapping columns;

        Run(String jobId, ImportOptions options, ImportListener listener) {
            this.jobId = jobId;
            this.options = options;
            this.listener = listener;
        }

        ImportReport execute(Path file) throws SQLException {
            try {
                source = TabularSource.open(file, options.fileName(), probe);
            } catch (IOException e) {
                rejects.add(new Rejection(options.fileName(), 0, null, null, null, e.getMessage()));
                return invalid("El archivo no se puede leer (the file cannot be read): " + e.getMessage());
            }
            try (Connection connection = database.dataSource().getConnection()) {
                connection.setAutoCommit(false);
                try {
                    ImportReport report = inTransaction(connection);
                    if (report.status() == ImportStatus.IMPORTED) {
                        connection.commit();
                    } else {
                        connection.rollback();
                    }
                    return report;
                } catch (InvalidFile e) {
                    connection.rollback();
                    return invalid(columns == null
                            ? "El archivo está vacío: no tiene encabezado ni filas (the file is empty)"
                            : "El encabezado no sirve: " + String.join("; ", columns.problems())
                            + " (the header cannot be read as interventions)");
                } catch (SQLException | IOException | RuntimeException e) {
                    rollbackQuietly(connection);
                    Throwable cause = e instanceof CallbackFailure ? e.getCause() : e;
                    LOG.warn("Import {} failed and was rolled back", jobId, cause);
                    return failed("La importación falló y no cambió nada; el detalle está en el registro del servidor"
                            + " (the import failed and changed nothing; details in the server log)");
                }
            } catch (SQLException e) {
                LOG.warn("Import {} found no database connection", jobId, e);
                return failed("No hay conexión con la base de datos; el detalle está en el registro del servidor"
                        + " (no database connection; nothing changed; details in the server log)");
            }
        }

        /** Stages the file, rejects duplicate ids, and merges unless a reject stops an atomic import. */
        private ImportReport inTransaction(Connection connection) throws SQLException, IOException {
            long t0 = System.nanoTime();
            datasets.ensureDataset(connection, options.datasetId(), options.datasetName(), options.synthetic(), false);
            stage(connection);
            long tRead = System.nanoTime();
            staging.afterStaging(connection);
            listener.progress(new ImportProgress(ImportProgress.Phase.MERGING, tally.rowsRead(), tally.rowsRejected(),
                    probe.size(), probe.size()));
            if (ids.mayHaveDuplicates()) {
                rejectDuplicates(staging.takeDuplicates(connection));
            }
            if (rejects.total() > 0 && !options.acceptPartial()) {
                long rejected = tally.rowsRejected();
                return report(ImportStatus.REJECTED, new ImportStaging.MergeCounts(0, 0, 0), 0, rejected
                        + " filas rechazadas: no se importó nada. Corrija el archivo o importe con acceptPartial / "
                        + "--accept-partial (" + rejected + " rows rejected: nothing imported; fix the file or import "
                        + "with acceptPartial)", null);
            }
            long tChecked = System.nanoTime();
            ImportStaging.MergeCounts counts = staging.mergeCounts(connection, options.datasetId());
            long tCounted = System.nanoTime();
            if (counts.anyChange()) {
                staging.merge(connection, options.datasetId(), counts.allNew());
            }
            long removed = options.replace() ? staging.deleteMissing(connection, options.datasetId()) : 0;
            long tMerged = System.nanoTime();
            datasets.refreshDataset(connection, options.datasetId(), Instant.now(), options.fileName());
            LOG.info("Import {} phases: read+stage {} ms, checks {} ms, counts {} ms, merge {} ms, figures {} ms", jobId,
                    (tRead - t0) / 1_000_000, (tChecked - tRead) / 1_000_000, (tCounted - tChecked) / 1_000_000,
                    (tMerged - tCounted) / 1_000_000, (System.nanoTime() - tMerged) / 1_000_000);
            DatasetSummary after = datasets.dataset(connection, options.datasetId()).orElseThrow();
            return report(ImportStatus.IMPORTED, counts, removed, importedMessage(counts, removed), after);
        }

        /** Reads the file into the staging table, rejecting what cannot be an intervention as it goes. */
        private void stage(Connection connection) throws SQLException, IOException {
            try (StagingWriter writer = staging.create(connection)) {
                source.read(new StagingSink(writer));
                if (columns == null) {
                    rejects.add(new Rejection(options.fileName(), 0, null, null, null,
                            "El archivo está vacío: no tiene encabezado ni filas (the file is empty)"));
                    throw new InvalidFile();
                }
                writer.finish();
            }
        }

        /** Rejects every row whose record id repeats in the file: all of them, each naming the others' lines. */
        private void rejectDuplicates(List<ImportStaging.DuplicateRow> repeated) throws SQLException {
            Map<String, List<ImportStaging.DuplicateRow>> byId = repeated.stream().collect(
                    Collectors.groupingBy(ImportStaging.DuplicateRow::recordId, LinkedHashMap::new, Collectors.toList()));
            for (Map.Entry<String, List<ImportStaging.DuplicateRow>> duplicate : byId.entrySet()) {
                List<ImportStaging.DuplicateRow> rows = duplicate.getValue();
                String where = rows.stream().limit(10).map(r -> String.valueOf(r.line())).collect(Collectors.joining(", "))
                        + (rows.size() > 10 ? ", …" : "");
                for (ImportStaging.DuplicateRow row : rows) {
                    rejects.add(new Rejection(options.fileName(), row.line(), duplicate.getKey(),
                            columns.header(SourceField.RECORD_ID), duplicate.getKey(), "Identificador repetido en el archivo ("
                            + rows.size() + " veces, líneas " + where + "); ninguna de esas filas se importa "
                            + "(duplicate record id in the file: none of those rows is imported)"));
                }
                tally.duplicates(rows);
            }
        }

        private String importedMessage(ImportStaging.MergeCounts counts, long removed) {
            long rejected = tally.rowsRejected();
            return (rejected == 0 ? "Importación completa" : "Importación parcial: " + rejected
                    + " filas rechazadas quedan en el informe") + ": " + counts.inserted() + " nuevos, " + counts.updated()
                    + " actualizados, " + counts.unchanged() + " sin cambios"
                    + (options.replace() ? ", " + removed + " eliminados" : "")
                    + " (" + (rejected == 0 ? "imported" : "partial import") + ": " + counts.inserted() + " new, "
                    + counts.updated() + " updated, " + counts.unchanged() + " unchanged"
                    + (options.replace() ? ", " + removed + " removed" : "") + ")";
        }

        /** Receives the file's header and rows: maps the columns, then parses, stages or rejects each row. */
        private final class StagingSink implements RowSink {
            private final StagingWriter writer;
            private RecordParser parser;

            StagingSink(StagingWriter writer) {
                this.writer = writer;
            }

            @Override
            public void header(List<String> names, long line) {
                columns = ColumnMapping.resolve(names, options.mapping());
                if (!columns.problems().isEmpty()) {
                    for (String problem : columns.problems()) {
                        reject(new Rejection(options.fileName(), line, null, null, String.join(",", names), problem));
                    }
                    throw new InvalidFile();
                }
                parser = new RecordParser(columns, joiner, options.fileName(),
                        columns.has(SourceField.SECTOR) ? classification.get() : null);
            }

            @Override
            public void row(List<String> cells, long line) {
                long read = tally.read();
                RecordParser.Parsed parsed = parser.parse(cells, line);
                Intervention intervention = parsed.intervention();
                if (intervention != null) {
                    try {
                        writer.add(intervention, RowHash.of(intervention));
                    } catch (SQLException e) {
                        throw new CallbackFailure(e);
                    }
                    tally.accepted(intervention.placement());
                    ids.add(intervention.recordId());
                } else {
                    tally.rejected();
                    parsed.rejections().forEach(Run.this::reject);
                }
                if (read % PROGRESS_EVERY == 0) {
                    listener.progress(new ImportProgress(ImportProgress.Phase.READING, read, tally.rowsRejected(),
                            source.bytesRead(), probe.size()));
                }
            }
        }

        private void reject(Rejection r) {
            try {
                rejects.add(r);
            } catch (SQLException e) {
                throw new CallbackFailure(e);
            }
        }

        ImportReport invalid(String message) {
            return report(ImportStatus.INVALID_FILE, new ImportStaging.MergeCounts(0, 0, 0), 0, message, null);
        }

        ImportReport failed(String message) {
            return report(ImportStatus.FAILED, new ImportStaging.MergeCounts(0, 0, 0), 0, message, null);
        }

        private ImportReport report(ImportStatus status, ImportStaging.MergeCounts counts, long removed, String message,
                                    DatasetSummary after) {
            DatasetSummary dataset = after;
            if (dataset == null) {
                try {
                    dataset = datasets.dataset(options.datasetId()).orElse(null);
                } catch (RuntimeException e) {
                    dataset = null;
                }
            }
            return new ImportReport(jobId, options.datasetId(), options.fileName(), probe == null ? null : probe.sha256(),
                    source == null ? null : source.describe(), status, options.acceptPartial(), options.replace(),
                    startedAt, Instant.now(), tally.rowsRead(), status == ImportStatus.IMPORTED ? tally.rowsAccepted() : 0,
                    tally.rowsRejected(), counts.inserted(), counts.updated(), counts.unchanged(), removed,
                    tally.placements(), columns == null ? Map.of() : columns.describe(),
                    columns == null ? List.of() : columns.ignored(), rejects == null ? 0 : rejects.total(),
                    rejects == null ? List.of() : rejects.inline(), message, dataset);
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.debug("Rollback after a failed import also failed (connection gone?): {}", e.getMessage());
        }
    }
}
