package co.presencia.intervention;

import co.presencia.intervention.source.FileProbe;
import co.presencia.intervention.source.HeaderRule;
import co.presencia.intervention.source.MalformedFileException;
import co.presencia.intervention.source.ReadAhead;
import co.presencia.intervention.source.SourceFormat;
import co.presencia.intervention.source.TabularSource;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One import ({@link InterventionImporter}): reads, checks and stages the file in one transaction, decides, and
 * commits only once every rejection is written and the job's end is recorded in the same transaction. Every way it
 * can end is a report: IMPORTED (committed), REJECTED, INVALID_FILE (empty, no header, malformed), FAILED (store or
 * reject log failing, commit failing), INTERRUPTED (the thread was asked to stop).
 */
final class ImportRun {

    /** The importer's logger: its phase timings are what `presencia import --stats` shows. */
    private static final Logger LOG = LoggerFactory.getLogger(InterventionImporter.class);
    static final String FAILED_NOTHING_CHANGED = "La importación falló y no cambió nada; el detalle está en el registro"
            + " del servidor (the import failed and changed nothing; details in the server log)";

    private final InterventionImporter importer;
    private final String jobId;
    private final ImportOptions options;
    private final ImportListener listener;
    private final Instant startedAt = Instant.now();
    private ImportTally tally = new ImportTally();
    private RecordIdSet ids = new RecordIdSet();
    private final List<String> notes = new ArrayList<>();
    private FileProbe probe;
    private long probeNanos;
    /** The figures of a first import loaded straight into the dataset (null: the database counts them). */
    private DirectLoadFigures.Figures loadedFigures;
    private TabularSource source;
    private RejectLog rejects;
    private ColumnMapping columns;
    /** The report once the import committed: nothing after that changes the outcome. */
    private ImportReport committed;

    ImportRun(InterventionImporter importer, String jobId, ImportOptions options, ImportListener listener) {
        this.importer = importer;
        this.jobId = jobId;
        this.options = options;
        this.listener = listener;
    }

    /** A first import loaded straight into the dataset met a repeated record id: start over through staging. */
    private static final class RepeatedIdInDirectLoad extends Exception {
        RepeatedIdInDirectLoad() {
            super(null, null, false, false);
        }
    }

    void probe(Path file) throws IOException {
        long t0 = System.nanoTime();
        probe = FileProbe.of(file);
        probeNanos = System.nanoTime() - t0;
    }

    FileProbe probe() {
        return probe;
    }

    Instant startedAt() {
        return startedAt;
    }

    ImportListener listener() {
        return listener;
    }

    TabularSource source() {
        return source;
    }

    /** Runs the import with its reject log; the report says how it ended (IMPORTED only when committed). */
    ImportReport execute(Path file) {
        ImportReport report;
        try (RejectLog log = new RejectLog(importer.database, jobId)) {
            rejects = log;
            report = readAndStore(file);
            if (report.status() != ImportStatus.IMPORTED) {
                log.flush();
            }
        } catch (SQLException e) {
            if (committed != null) {
                LOG.warn("Import {} committed; closing its reject log failed: {}", jobId, e.getMessage());
                return committed;
            }
            LOG.warn("Import {} could not record its rejects", jobId, e);
            return failed("No se pudo registrar el informe de rechazos y no cambió nada; el detalle está en el registro"
                    + " del servidor (could not record the rejects; nothing changed)");
        }
        return report;
    }

    private ImportReport readAndStore(Path file) throws SQLException {
        try {
            source = TabularSource.open(file, options.fileName(), probe, options.sheet());
        } catch (IOException e) {
            return unreadable(e);
        }
        if (options.sheet() != null && source.format() == SourceFormat.CSV) {
            notes.add("El parámetro sheet='" + options.sheet() + "' no aplica a un CSV y no se usó (sheet ignored for a CSV)");
        }
        try {
            return attempt(true);
        } catch (RepeatedIdInDirectLoad e) {
            LOG.info("Import {}: a record id repeats in the file; importing again through staging", jobId);
            rejects.restart();
            tally = new ImportTally();
            ids = new RecordIdSet();
            columns = null;
            try {
                source = TabularSource.open(file, options.fileName(), probe, options.sheet());
                return attempt(false);
            } catch (IOException | RepeatedIdInDirectLoad again) {
                LOG.warn("Import {} could not start over", jobId, again);
                return failed(FAILED_NOTHING_CHANGED);
            }
        }
    }

    /** One pass over the file in one transaction; {@code directAllowed}: a first import may skip staging. */
    private ImportReport attempt(boolean directAllowed) throws SQLException, RepeatedIdInDirectLoad {
        try (Connection connection = importer.database.dataSource().getConnection()) {
            importer.staging.open(connection);
            connection.setAutoCommit(false);
            try {
                ImportReport report = inTransaction(connection, directAllowed);
                if (report.status() == ImportStatus.IMPORTED) {
                    return commit(connection, report);
                }
                connection.rollback();
                return report;
            } catch (RowStager.InvalidHeader e) {
                rollbackQuietly(connection);
                return invalid(columns == null
                        ? "El archivo está vacío: no tiene encabezado ni filas (the file is empty)"
                        : "El encabezado no sirve: " + String.join("; ", columns.problems())
                        + " (the header cannot be read as interventions)");
            } catch (MalformedFileException e) {
                rollbackQuietly(connection);
                return unreadable(e);
            } catch (RowStager.Stopped | java.io.InterruptedIOException e) {
                rollbackQuietly(connection);
                return report(ImportStatus.INTERRUPTED, ImportStaging.MergeCounts.NONE, 0, "La importación se detuvo"
                        + " porque el servidor se apagaba; no cambió nada (stopped: the server was shutting down;"
                        + " nothing changed)", null);
            } catch (SQLException | IOException | RuntimeException e) {
                rollbackQuietly(connection);
                SQLException sql = e instanceof SQLException x ? x : e instanceof RowStager.WriteFailure w ? w.getCause() : null;
                if (directAllowed && sql != null && ImportStaging.isRepeatedId(sql)) {
                    throw new RepeatedIdInDirectLoad();
                }
                LOG.warn("Import {} failed and was rolled back", jobId, e);
                return failed(FAILED_NOTHING_CHANGED);
            } finally {
                closeStaging(connection);
            }
        } catch (SQLException e) {
            LOG.warn("Import {} found no database connection", jobId, e);
            return failed("No hay conexión con la base de datos; el detalle está en el registro del servidor"
                    + " (no database connection; nothing changed; details in the server log)");
        }
    }

    /**
     * Commits an import that stores rows: first every rejection, then the job's end in the same transaction. When
     * the commit itself fails, the job row (which commits with the rows) says whether it went through.
     */
    private ImportReport commit(Connection connection, ImportReport report) throws SQLException {
        rejects.flush();
        if (importer.jobs.finishJob(connection, report, source) == 0) {
            connection.rollback();
            return failed("El trabajo de importación ya no existe (se borró su conjunto de datos durante la importación);"
                    + " no cambió nada (the job was deleted meanwhile; nothing changed)");
        }
        try {
            connection.commit();
        } catch (SQLException e) {
            boolean committed = importer.jobs.status(jobId).filter(s -> s == ImportStatus.IMPORTED).isPresent();
            LOG.warn("Import {}: the commit reported a failure; stored status says it {}", jobId,
                    committed ? "committed" : "did not commit", e);
            if (!committed) {
                return failed(FAILED_NOTHING_CHANGED);
            }
        }
        committed = report;
        return report;
    }

    /**
     * Stages the file (or loads it straight into an empty dataset), rejects duplicate ids, and merges unless a reject
     * stops an atomic import.
     */
    private ImportReport inTransaction(Connection connection, boolean directAllowed) throws SQLException, IOException {
        long t0 = System.nanoTime();
        importer.datasets.ensureDataset(connection, options.datasetId(), options.datasetName(), options.synthetic(), false);
        boolean direct = directAllowed && importer.staging.loadsDirectly(connection, options.datasetId());
        stage(connection, direct);
        long tRead = System.nanoTime();
        if (!direct) {
            importer.staging.afterStaging(connection);
        }
        listener.progress(new ImportProgress(ImportProgress.Phase.MERGING, tally.rowsRead(), tally.rowsRejected(),
                probe.size(), probe.size()));
        if (!direct && ids.mayHaveDuplicates()) {
            rejectDuplicates(importer.staging.takeDuplicates(connection));
        }
        if (rejects.total() > 0 && !options.acceptPartial()) {
            long rejected = tally.rowsRejected();
            return report(ImportStatus.REJECTED, ImportStaging.MergeCounts.NONE, 0, rejected
                    + " filas rechazadas: no se importó nada. Corrija el archivo o importe con acceptPartial / "
                    + "--accept-partial (" + rejected + " rows rejected: nothing imported; fix the file or import "
                    + "with acceptPartial)", null);
        }
        long tChecked = System.nanoTime();
        ImportStaging.MergeCounts counts = direct ? new ImportStaging.MergeCounts(tally.rowsAccepted(), 0, 0)
                : importer.staging.mergeCounts(connection, options.datasetId());
        long tCounted = System.nanoTime();
        if (!direct && counts.anyChange()) {
            importer.staging.merge(connection, options.datasetId(), counts.allNew());
        }
        long removed = options.replace() && !direct ? importer.staging.deleteMissing(connection, options.datasetId()) : 0;
        long tMerged = System.nanoTime();
        if (direct || counts.anyChange() || removed > 0 || !hasFigures(connection)) {
            importer.datasets.refreshDataset(connection, options.datasetId(), Instant.now(), options.fileName(),
                    direct ? loadedFigures : null);
        } else {
            // Not a row inserted, updated or removed: the figures and checksum stand (no pass over the rows).
            importer.datasets.recordUnchangingImport(connection, options.datasetId(), Instant.now(), options.fileName());
        }
        LOG.info("Import {} phases{}: probe {} ms, read+stage {} ms, checks {} ms, counts {} ms, merge {} ms, figures {} ms", jobId,
                direct ? " (first import, loaded directly)" : "", probeNanos / 1_000_000, (tRead - t0) / 1_000_000, (tChecked - tRead) / 1_000_000,
                (tCounted - tChecked) / 1_000_000, (tMerged - tCounted) / 1_000_000, (System.nanoTime() - tMerged) / 1_000_000);
        DatasetSummary after = importer.datasets.dataset(connection, options.datasetId()).orElseThrow();
        return report(ImportStatus.IMPORTED, counts, removed, importedMessage(counts, removed), after);
    }

    /** Whether the dataset's figures and checksum were ever counted (not so for a dataset this import created empty). */
    private boolean hasFigures(Connection connection) throws SQLException {
        return importer.datasets.dataset(connection, options.datasetId()).map(d -> d.contentChecksum() != null).orElse(false);
    }

    /** Reads the file into the staging table (or the dataset's), rejecting what cannot be an intervention as it goes. */
    private void stage(Connection connection, boolean direct) throws SQLException, IOException {
        DirectLoadFigures counting = direct ? new DirectLoadFigures(importer.staging.createDirect(connection, options.datasetId())) : null;
        try (StagingWriter writer = direct ? counting : importer.staging.create(connection)) {
            RowStager stager = new RowStager(options, importer.joiner, importer.classification, writer, tally, ids, this::reject, listener,
                    source::bytesRead, probe.size());
            try {
                ReadAhead.read(source, stager, headerRule(options));
            } finally {
                columns = stager.columns();
            }
            if (columns == null) {
                rejects.add(new Rejection(options.fileName(), 0, null, null, null,
                        "El archivo está vacío: no tiene encabezado ni filas (the file is empty)"));
                throw new RowStager.InvalidHeader();
            }
            writer.finish();
        }
        loadedFigures = direct ? counting.figures() : null;
    }

    /** A header is a row whose columns give every required field (aliases and the explicit mapping). */
    static HeaderRule headerRule(ImportOptions options) {
        return new HeaderRule() {
            @Override
            public boolean accepts(List<String> cells) {
                return ColumnMapping.resolve(cells, options.mapping()).problems().isEmpty();
            }

            @Override
            public int score(List<String> cells) {
                return ColumnMapping.resolve(cells, options.mapping()).describe().size();
            }
        };
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

    private void reject(Rejection r) {
        try {
            rejects.add(r);
        } catch (SQLException e) {
            throw new IllegalStateException("The reject log failed", e);
        }
    }

    /** The file cannot be read as a table: INVALID_FILE, with the reason and where, as a rejection too. */
    private ImportReport unreadable(IOException e) {
        long line = e instanceof MalformedFileException malformed ? malformed.line() : 0;
        if (!(e instanceof MalformedFileException)) {
            LOG.info("Import {}: file cannot be read: {}", jobId, e.toString());
        }
        String reason = e instanceof MalformedFileException ? e.getMessage()
                : "El archivo no se puede leer como CSV ni como XLSX (the file cannot be read)";
        reject(new Rejection(options.fileName(), line, null, null, null, reason));
        return invalid("El archivo no se puede leer: " + reason);
    }

    ImportReport invalid(String message) {
        return report(ImportStatus.INVALID_FILE, ImportStaging.MergeCounts.NONE, 0, message, null);
    }

    ImportReport failed(String message) {
        return report(ImportStatus.FAILED, ImportStaging.MergeCounts.NONE, 0, message, null);
    }

    private ImportReport report(ImportStatus status, ImportStaging.MergeCounts counts, long removed, String message,
                                DatasetSummary after) {
        DatasetSummary dataset = after;
        if (dataset == null) {
            try {
                dataset = importer.datasets.dataset(options.datasetId()).orElse(null);
            } catch (RuntimeException e) {
                dataset = null;
            }
        }
        List<String> allNotes = new ArrayList<>(notes);
        if (source != null) {
            allNotes.addAll(source.notes());
        }
        return new ImportReport(jobId, options.datasetId(), options.fileName(), probe == null ? null : probe.sha256(),
                source == null ? null : source.describe(), allNotes, status, options.acceptPartial(), options.replace(),
                startedAt, Instant.now(), tally.rowsRead(), status == ImportStatus.IMPORTED ? tally.rowsAccepted() : 0,
                tally.rowsRejected(), counts.inserted(), counts.updated(), counts.unchanged(), removed,
                tally.placements(), columns == null ? Map.of() : columns.describe(),
                columns == null ? List.of() : columns.ignored(), rejects == null ? 0 : rejects.total(),
                rejects == null ? List.of() : rejects.inline(), message, dataset);
    }

    /**
     * After the transaction: back to autocommit (after a rollback, since switching autocommit on commits what is
     * pending: a commit that failed must not go through here), and the store drops its staging table if it keeps one.
     */
    private void closeStaging(Connection connection) {
        rollbackQuietly(connection);
        try {
            connection.setAutoCommit(true);
            importer.staging.close(connection);
        } catch (SQLException e) {
            LOG.debug("Import {}: dropping the staging table failed (connection gone?): {}", jobId, e.getMessage());
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
