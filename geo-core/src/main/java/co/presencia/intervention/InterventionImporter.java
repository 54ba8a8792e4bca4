package co.presencia.intervention;

import co.presencia.intervention.source.FileProbe;
import co.presencia.intervention.source.RowSink;
import co.presencia.intervention.source.TabularSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

    private final InterventionRepository repository;
    private final MunicipalityJoiner joiner;

    public InterventionImporter(InterventionRepository repository, MunicipalityJoiner joiner) {
        this.repository = repository;
        this.joiner = joiner;
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
        long totalBytes;
        try {
            run.probe = FileProbe.of(file);
            totalBytes = run.probe.size();
            run.fileSha256 = run.probe.sha256();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        run.totalBytes = totalBytes;
        try {
            repository.insertJob(jobId, options, run.fileSha256, run.startedAt);
        } catch (RuntimeException e) {
            LOG.warn("Import {} could not start", jobId, e);
            return run.failed("No hay conexión con la base de datos; el detalle está en el registro del servidor"
                    + " (no database connection; nothing changed; details in the server log)");
        }
        ImportReport report;
        try (RejectLog rejects = new RejectLog(repository.database(), jobId)) {
            run.rejects = rejects;
            report = run.execute(file);
            rejects.flush();
        } catch (SQLException e) {
            LOG.warn("Import {} could not record its rejects", jobId, e);
            report = run.failed("No se pudo registrar el informe de rechazos; el detalle está en el registro del servidor"
                    + " (could not record the rejects; details in the server log)");
        }
        try {
            repository.finishJob(report, run.source == null ? null : run.source.format().name(),
                    run.source == null ? null : run.source.encoding(), run.source == null ? null : run.source.delimiter());
        } catch (RuntimeException e) {
            LOG.warn("Import job {} ended {} but its end could not be recorded: {}", jobId, report.status(), e.getMessage());
        }
        try {
            listener.progress(new ImportProgress(ImportProgress.Phase.DONE, report.rowsRead(), report.rowsRejected(),
                    totalBytes, totalBytes));
        } catch (RuntimeException e) {
            LOG.warn("Progress listener failed after import {} ended: {}", jobId, e.getMessage());
        }
        LOG.info("Import {} into '{}' from {}: {} ({} read, {} accepted, {} rejected; {} inserted, {} updated, {} unchanged, {} removed)",
                jobId, options.datasetId(), options.fileName(), report.status(), report.rowsRead(), report.rowsAccepted(),
                report.rowsRejected(), report.inserted(), report.updated(), report.unchanged(), report.removed());
        return report;
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
        String fileSha256;
        FileProbe probe;
        long totalBytes;
        TabularSource source;
        RejectLog rejects;
        ColumnMapping columns;
        long rowsRead;
        long rowsRejected;
        long rowsAccepted;
        final RecordIdSet ids = new RecordIdSet();
        final Map<Placement, Long> placements = new EnumMap<>(Placement.class);

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
            try (Connection connection = repository.database().dataSource().getConnection()) {
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

        private ImportReport inTransaction(Connection connection) throws SQLException, IOException {
            long t0 = System.nanoTime();
            repository.ensureDataset(connection, options.datasetId(), options.datasetName(), options.synthetic(), false);
            try (StagingWriter writer = repository.createStaging(connection)) {
                source.read(new RowSink() {
                    RecordParser parser;

                    @Override
                    public void header(List<String> names, long line) {
                        columns = ColumnMapping.resolve(names, options.mapping());
                        if (!columns.problems().isEmpty()) {
                            for (String problem : columns.problems()) {
                                reject(new Rejection(options.fileName(), line, null, null, String.join(",", names), problem));
                            }
                            throw new InvalidFile();
                        }
                        parser = new RecordParser(columns, joiner, options.fileName());
                    }

                    @Override
                    public void row(List<String> cells, long line) {
                        rowsRead++;
                        RecordParser.Parsed parsed = parser.parse(cells, line);
                        if (parsed.intervention() != null) {
                            try {
                                writer.add(parsed.intervention(), RowHash.of(parsed.intervention()));
                            } catch (SQLException e) {
                                throw new CallbackFailure(e);
                            }
                            rowsAccepted++;
                            ids.add(parsed.intervention().recordId());
                            placements.merge(parsed.intervention().placement(), 1L, Long::sum);
                        } else {
                            rowsRejected++;
                            parsed.rejections().forEach(r -> reject(r));
                        }
                        if (rowsRead % PROGRESS_EVERY == 0) {
                            listener.progress(new ImportProgress(ImportProgress.Phase.READING, rowsRead, rowsRejected,
                                    source.bytesRead(), totalBytes));
                        }
                    }
                });
                if (columns == null) {
                    rejects.add(new Rejection(options.fileName(), 0, null, null, null,
                            "El archivo está vacío: no tiene encabezado ni filas (the file is empty)"));
                    throw new InvalidFile();
                }
                writer.finish();
            }
            long tRead = System.nanoTime();
            repository.afterStaging(connection);
            listener.progress(new ImportProgress(ImportProgress.Phase.MERGING, rowsRead, rowsRejected, totalBytes, totalBytes));
            List<InterventionRepository.DuplicateRow> repeated = ids.mayHaveDuplicates()
                    ? repository.takeDuplicates(connection) : List.of();
            Map<String, List<InterventionRepository.DuplicateRow>> duplicates = repeated.stream().collect(Collectors.groupingBy(InterventionRepository.DuplicateRow::recordId,
                            java.util.LinkedHashMap::new, Collectors.toList()));
            for (Map.Entry<String, List<InterventionRepository.DuplicateRow>> duplicate : duplicates.entrySet()) {
                List<InterventionRepository.DuplicateRow> rows = duplicate.getValue();
                String where = rows.stream().limit(10).map(r -> String.valueOf(r.line())).collect(Collectors.joining(", "))
                        + (rows.size() > 10 ? ", …" : "");
                for (InterventionRepository.DuplicateRow row : rows) {
                    rejects.add(new Rejection(options.fileName(), row.line(), duplicate.getKey(),
                            columns.header(SourceField.RECORD_ID), duplicate.getKey(), "Identificador repetido en el archivo ("
                            + rows.size() + " veces, líneas " + where + "); ninguna de esas filas se importa "
                            + "(duplicate record id in the file: none of those rows is imported)"));
                    placements.merge(row.placement(), -1L, Long::sum);
                }
                rowsRejected += rows.size();
                rowsAccepted -= rows.size();
            }
            placements.values().removeIf(n -> n == 0);
            if (rejects.total() > 0 && !options.acceptPartial()) {
                return report(ImportStatus.REJECTED, 0, 0, 0, 0, rowsRejected + " filas rechazadas: no se importó nada. "
                        + "Corrija el archivo o importe con acceptPartial / --accept-partial (" + rowsRejected
                        + " rows rejected: nothing imported; fix the file or import with acceptPartial)", null);
            }
            long tChecked = System.nanoTime();
            long[] counts = repository.mergeCounts(connection, options.datasetId());
            long tCounted = System.nanoTime();
            if (counts[0] + counts[1] > 0) {
                repository.merge(connection, options.datasetId(), counts[1] + counts[2] == 0);
            }
            long removed = options.replace() ? repository.deleteMissing(connection, options.datasetId()) : 0;
            long tMerged = System.nanoTime();
            Instant now = Instant.now();
            repository.refreshDataset(connection, options.datasetId(), now, options.fileName());
            LOG.info("Import {} phases: read+stage {} ms, checks {} ms, counts {} ms, merge {} ms, figures {} ms", jobId,
                    (tRead - t0) / 1_000_000, (tChecked - tRead) / 1_000_000, (tCounted - tChecked) / 1_000_000,
                    (tMerged - tCounted) / 1_000_000, (System.nanoTime() - tMerged) / 1_000_000);
            DatasetSummary after = repository.dataset(connection, options.datasetId()).orElseThrow();
            String message = (rowsRejected == 0 ? "Importación completa" : "Importación parcial: " + rowsRejected
                    + " filas rechazadas quedan en el informe") + ": " + counts[0] + " nuevos, " + counts[1]
                    + " actualizados, " + counts[2] + " sin cambios" + (options.replace() ? ", " + removed + " eliminados" : "")
                    + " (" + (rowsRejected == 0 ? "imported" : "partial import") + ": " + counts[0] + " new, " + counts[1]
                    + " updated, " + counts[2] + " unchanged" + (options.replace() ? ", " + removed + " removed" : "") + ")";
            return report(ImportStatus.IMPORTED, counts[0], counts[1], counts[2], removed, message, after);
        }

        private void reject(Rejection r) {
            try {
                rejects.add(r);
            } catch (SQLException e) {
                throw new CallbackFailure(e);
            }
        }

        ImportReport invalid(String message) {
            return report(ImportStatus.INVALID_FILE, 0, 0, 0, 0, message, null);
        }

        ImportReport failed(String message) {
            return report(ImportStatus.FAILED, 0, 0, 0, 0, message, null);
        }

        private ImportReport report(ImportStatus status, long inserted, long updated, long unchanged, long removed,
                                    String message, DatasetSummary after) {
            DatasetSummary dataset = after;
            if (dataset == null) {
                try {
                    dataset = repository.dataset(options.datasetId()).orElse(null);
                } catch (RuntimeException e) {
                    dataset = null;
                }
            }
            return new ImportReport(jobId, options.datasetId(), options.fileName(), fileSha256,
                    source == null ? null : source.describe(), status, options.acceptPartial(), options.replace(),
                    startedAt, Instant.now(), rowsRead, status == ImportStatus.IMPORTED ? rowsAccepted : 0, rowsRejected,
                    inserted, updated, unchanged, removed, Map.copyOf(placements),
                    columns == null ? Map.of() : columns.describe(), columns == null ? List.of() : columns.ignored(),
                    rejects == null ? 0 : rejects.total(), rejects == null ? List.of() : rejects.inline(), message, dataset);
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
