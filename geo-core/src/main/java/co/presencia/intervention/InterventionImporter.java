package co.presencia.intervention;

import co.presencia.intervention.source.FileProbe;
import co.presencia.intervention.source.TabularSource;
import co.presencia.sector.CiiuClassification;
import co.presencia.spatial.sql.Database;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a planner's file into a dataset: reads it row by row, checks and places every row ({@link RecordParser},
 * {@link MunicipalityJoiner}), streams the accepted ones into a staging table and merges them into the dataset with
 * set-based SQL, all in <b>one transaction</b> ({@link ImportRun}):
 * <ul>
 *   <li>atomic by default: one rejected row and nothing is stored; with {@code acceptPartial} the valid rows are;</li>
 *   <li>idempotent: a record whose content is unchanged is not written, so re-importing a file changes nothing;
 *       a changed record is updated in place;</li>
 *   <li>a failure at any point (unreadable file, database gone, process stopped, out of memory) rolls back: the
 *       previous content of the dataset stands;</li>
 *   <li>every rejection is recorded on a separate connection as it happens, so the report survives the rollback; all
 *       of them are written before the import commits;</li>
 *   <li><b>the outcome is what is stored</b>: a committed import records its end (IMPORTED, with its counts) in the
 *       transaction that stores its rows, so both commit or neither does; any other outcome stored nothing and is
 *       recorded afterwards (retried, and never over an IMPORTED end); a job whose process dies is found by
 *       {@link ImportOwnerRepository} and marked INTERRUPTED.</li>
 * </ul>
 * While it runs, its progress is kept in the job's row too ({@link StoredProgress}), for every instance to show.
 * Memory does not grow with the file: rows are never collected, duplicates are found by the database in staging.
 * One importer serves any number of imports, one per thread.
 */
public final class InterventionImporter {

    /** For an importer without the classification: a file with a sector (CIIU) column fails to import. */
    private static final Supplier<CiiuClassification> NO_CLASSIFICATION = () -> {
        throw new IllegalStateException("This importer has no CIIU classification: a file with a sector (CIIU) column "
                + "cannot be read");
    };

    private static final Logger LOG = LoggerFactory.getLogger(InterventionImporter.class);
    private static final Duration[] RECORD_RETRIES = {Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofSeconds(3)};

    final Database database;
    final DatasetRepository datasets;
    final ImportJobRepository jobs;
    final ImportStaging staging;
    final MunicipalityJoiner joiner;
    /** CIIU Rev. 4 A.C., asked for only when a file has a sector (CIIU) column (ADR 0013). */
    final Supplier<CiiuClassification> classification;
    private final String ownerId;
    /** Ends that could not be recorded even after the retries, by job id: recorded again by {@link #recordPendingEnds}. */
    private final Map<String, PendingEnd> pendingEnds = new ConcurrentHashMap<>();
    /** Writes running jobs' progress to the store ({@link StoredProgress}); its one thread ends when idle. */
    private final ExecutorService progressWriter = new ThreadPoolExecutor(0, 1, 10, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "presencia-import-progress");
                t.setDaemon(true);
                return t;
            });

    /** An importer without the CIIU classification and whose jobs have no owner (tests, tools). */
    public InterventionImporter(Database database, MunicipalityJoiner joiner) {
        this(database, joiner, NO_CLASSIFICATION, (String) null);
    }

    /** @param classification CIIU Rev. 4 A.C., asked for only when a file has a sector (CIIU) column (ADR 0013) */
    public InterventionImporter(Database database, MunicipalityJoiner joiner, Supplier<CiiuClassification> classification) {
        this(database, joiner, classification, (String) null);
    }

    /**
     * @param classification CIIU Rev. 4 A.C., asked for only when a file has a sector (CIIU) column (ADR 0013)
     * @param ownerId        the process ({@link ImportOwner}) the jobs belong to; null for none (nothing beats for them)
     */
    public InterventionImporter(Database database, MunicipalityJoiner joiner, Supplier<CiiuClassification> classification,
                                String ownerId) {
        this.database = database;
        this.datasets = new DatasetRepository(database);
        this.jobs = new ImportJobRepository(database);
        this.staging = new ImportStaging(database);
        this.joiner = joiner;
        this.classification = classification;
        this.ownerId = ownerId;
    }

    /**
     * Runs {@code file} through the import's whole path without storing anything ({@link ImportRehearsal}); the rows
     * accepted (parsed, placed and encoded).
     */
    public long rehearse(Path file) throws IOException {
        return ImportRehearsal.rehearse(this, file);
    }

    public static String newJobId() {
        return UUID.randomUUID().toString();
    }

    public ImportReport importFile(Path file, ImportOptions options, ImportListener listener) {
        return importFile(file, options, listener, newJobId());
    }

    /**
     * Imports {@code file}; never throws for bad data, a failed store or an error in the import (even an
     * {@link OutOfMemoryError}): the report's status says how it ended, and the stored job says the same.
     */
    public ImportReport importFile(Path file, ImportOptions options, ImportListener listener, String jobId) {
        ImportRun run = new ImportRun(this, jobId, options, new StoredProgress(jobs, jobId, listener, progressWriter));
        ImportReport report;
        try {
            run.probe(file);
        } catch (IOException e) {
            LOG.warn("Import {} cannot read its file", jobId, e);
            report = run.failed("No se pudo leer el archivo subido; el detalle está en el registro del servidor"
                    + " (the uploaded file cannot be read; nothing changed)");
            return finish(run, recordEnd(run, report));
        }
        try {
            jobs.startJob(jobId, options, run.probe().sha256(), run.startedAt(), ownerId);
        } catch (RuntimeException e) {
            LOG.warn("Import {} could not start", jobId, e);
            return finish(run, run.failed("No hay conexión con la base de datos; el detalle está en el registro del"
                    + " servidor (no database connection; nothing changed; details in the server log)"));
        }
        try {
            report = run.execute(file);
        } catch (OutOfMemoryError e) {
            LOG.error("Import {} ran out of memory and was rolled back", jobId, e);
            report = run.failed("La importación se quedó sin memoria y no cambió nada; divida el archivo o aumente la"
                    + " memoria del servidor (out of memory: nothing changed)");
        } catch (Error e) {
            LOG.error("Import {} failed with an internal error and was rolled back", jobId, e);
            report = run.failed("La importación falló por un error interno y no cambió nada; el detalle está en el"
                    + " registro del servidor (internal error: nothing changed)");
        }
        return finish(run, report.status() == ImportStatus.IMPORTED ? report : recordEnd(run, report));
    }

    /**
     * Records an end that stored nothing, retrying while the store is away; returns what the store then says (an
     * import whose commit was reported failed but went through is IMPORTED there, and that is the outcome).
     */
    private ImportReport recordEnd(ImportRun run, ImportReport report) {
        for (int attempt = 0; ; attempt++) {
            try {
                if (jobs.finishJob(report, run.source()) == 0) {
                    return jobs.job(report.jobId()).filter(stored -> stored.status() == ImportStatus.IMPORTED)
                            .orElse(report);
                }
                return report;
            } catch (RuntimeException e) {
                if (attempt == RECORD_RETRIES.length) {
                    LOG.warn("Import job {} ended {} but its end could not be recorded yet: it is tried again at each"
                            + " heartbeat (and marked INTERRUPTED if this process goes first)", report.jobId(),
                            report.status(), e);
                    pendingEnds.put(report.jobId(), new PendingEnd(report, run.source()));
                    return report;
                }
                if (!pause(RECORD_RETRIES[attempt])) {
                    return report;
                }
            }
        }
    }

    /**
     * Records the ends that could not be recorded when their imports ended (the store was away longer than the
     * retries), so that no job stays RUNNING in the store while this process lives; called at each heartbeat. An end
     * the store refuses again stays pending. Answers how many were recorded (or found already ended).
     */
    public int recordPendingEnds() {
        int recorded = 0;
        for (PendingEnd pending : pendingEnds.values()) {
            try {
                jobs.finishJob(pending.report(), pending.source());
                pendingEnds.remove(pending.report().jobId());
                recorded++;
                LOG.info("Import job {}: its end ({}) is recorded now", pending.report().jobId(), pending.report().status());
            } catch (RuntimeException e) {
                LOG.debug("Import job {}: its end still cannot be recorded", pending.report().jobId(), e);
            }
        }
        return recorded;
    }

    private record PendingEnd(ImportReport report, TabularSource source) {
    }

    private static boolean pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Tells the listener, logs the outcome; neither failing changes the report. */
    private ImportReport finish(ImportRun run, ImportReport report) {
        FileProbe probe = run.probe();
        long totalBytes = probe == null ? 0 : probe.size();
        try {
            run.listener().progress(new ImportProgress(ImportProgress.Phase.DONE, report.rowsRead(), report.rowsRejected(),
                    totalBytes, totalBytes));
        } catch (RuntimeException | Error e) {
            LOG.warn("Progress listener failed after import {} ended: {}", report.jobId(), e.toString());
        }
        LOG.info("Import {} into '{}' from {}: {} ({} read, {} accepted, {} rejected; {} inserted, {} updated, {} unchanged, {} removed)",
                report.jobId(), report.datasetId(), report.fileName(), report.status(), report.rowsRead(),
                report.rowsAccepted(), report.rowsRejected(), report.inserted(), report.updated(), report.unchanged(),
                report.removed());
        return report;
    }
}
