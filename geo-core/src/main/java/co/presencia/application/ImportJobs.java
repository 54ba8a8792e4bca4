package co.presencia.application;

import co.presencia.intervention.ImportOptions;
import co.presencia.intervention.ImportProgress;
import co.presencia.intervention.ImportReport;
import co.presencia.intervention.ImportStatus;
import co.presencia.intervention.InterventionImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs imports one at a time on a single worker thread (two imports never race on a dataset) and keeps the recent
 * jobs in memory with their progress; finished jobs are also in the store, so their reports outlive a restart.
 * After every committed import the dataset's figures are dropped ({@link Datasets#changed(String)}), so the next
 * request sees the new records. The command line imports synchronously through {@link #importNow}, with the same
 * effect.
 */
public final class ImportJobs implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);
    private static final int KEEP_FINISHED = 200;

    /** An import job as this process sees it. */
    public static final class Job {
        private final String id;
        private final ImportOptions options;
        private final CompletableFuture<ImportReport> done = new CompletableFuture<>();
        private volatile ImportProgress progress;
        private volatile boolean started;

        Job(String id, ImportOptions options) {
            this.id = id;
            this.options = options;
        }

        public String id() {
            return id;
        }

        public ImportOptions options() {
            return options;
        }

        /** QUEUED, RUNNING, or the report's status once finished. */
        public String state() {
            ImportReport report = report();
            if (report != null) {
                return report.status().name();
            }
            return started ? ImportStatus.RUNNING.name() : "QUEUED";
        }

        public ImportProgress progress() {
            return progress;
        }

        /** The final report, or null while running. */
        public ImportReport report() {
            return done.getNow(null);
        }

        /** Waits up to {@code timeout} for the report; null when it is not done by then. */
        public ImportReport await(Duration timeout) {
            try {
                return done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            } catch (ExecutionException e) {
                throw new IllegalStateException("Import job " + id + " failed", e.getCause());
            }
        }
    }

    private final InterventionImporter importer;
    private final Datasets datasets;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "presencia-import");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    ImportJobs(InterventionImporter importer, Datasets datasets) {
        this.importer = importer;
        this.datasets = datasets;
    }

    /** Imports {@code file} now, on the caller's thread (the command line); the caller keeps the file. */
    public ImportReport importNow(Path file, ImportOptions options, co.presencia.intervention.ImportListener listener) {
        ImportReport report = importer.importFile(file, options, listener);
        if (report.status() == ImportStatus.IMPORTED) {
            datasets.changed(report.datasetId());
        }
        return report;
    }

    /** Queues an import of {@code file}, which the job owns and deletes when it is done. */
    public Job submit(Path file, ImportOptions options) {
        Job job = new Job(InterventionImporter.newJobId(), options);
        jobs.put(job.id, job);
        evictOldJobs();
        worker.execute(() -> run(job, file));
        return job;
    }

    private void run(Job job, Path file) {
        job.started = true;
        try {
            ImportReport report = importer.importFile(file, job.options, progress -> job.progress = progress, job.id);
            job.done.complete(report);
            if (report.status() == ImportStatus.IMPORTED) {
                datasets.changed(report.datasetId());
            }
        } catch (RuntimeException e) {
            LOG.error("Import job {} could not run", job.id, e);
            job.done.completeExceptionally(e);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("Could not delete the uploaded file {}: {}", file, e.getMessage());
            }
        }
    }

    public Optional<Job> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    private void evictOldJobs() {
        if (jobs.size() <= KEEP_FINISHED) {
            return;
        }
        Iterator<Job> it = jobs.values().iterator();
        while (it.hasNext() && jobs.size() > KEEP_FINISHED) {
            if (it.next().report() != null) {
                it.remove();
            }
        }
    }

    /** Stops the worker; a running import is interrupted and rolls back. */
    @Override
    public void close() {
        worker.shutdownNow();
    }
}
