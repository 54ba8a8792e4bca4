package co.presencia.application;

import co.presencia.intervention.ImportJobRepository;
import co.presencia.intervention.ImportListener;
import co.presencia.intervention.ImportOptions;
import co.presencia.intervention.ImportOwner;
import co.presencia.intervention.ImportOwnerRepository;
import co.presencia.intervention.ImportProgress;
import co.presencia.intervention.ImportReport;
import co.presencia.intervention.ImportStatus;
import co.presencia.intervention.InterventionImporter;
import co.presencia.intervention.MunicipalityJoiner;
import co.presencia.intervention.demo.BulkFileGenerator;
import co.presencia.sector.CiiuClassification;
import co.presencia.spatial.sql.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs imports one at a time on a single worker thread (two imports never race on a dataset) and keeps the recent
 * jobs in memory with their progress; every job is also in the store from the moment it is accepted, so its state,
 * its progress while it runs (about once a second) and its report outlive a restart and are readable from any
 * instance. After every committed import the dataset's figures
 * are dropped ({@link Datasets#changed(String)}). The command line imports synchronously through {@link #importNow}.
 *
 * <p>Nothing stuck, nothing leaked (issue 13 §2):
 * <ul>
 *   <li>this process is an {@link ImportOwner} that beats every {@link #HEARTBEAT}; on start and on every beat, jobs
 *       left QUEUED or RUNNING by an owner that is gone (its process no longer exists on this host, or no beat for
 *       {@link #STALE_AFTER}) are marked INTERRUPTED with the reason ({@link ImportOwnerRepository}), so several
 *       instances on one store only ever mark each other's jobs once their owner is gone;</li>
 *   <li>the worker ends every job, whatever is thrown in it (an {@link OutOfMemoryError} included): a
 *       {@code wait}ing client always gets the report;</li>
 *   <li>an upload lives in this owner's folder under the upload root and is deleted when its job ends; the folders of
 *       gone owners (a {@code kill -9} mid-upload or mid-import) are deleted on start and on every beat.</li>
 * </ul>
 */
public final class ImportJobs implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);
    private static final int KEEP_FINISHED = 200;
    /** How often this process beats and looks for jobs left behind. */
    public static final Duration HEARTBEAT = Duration.ofSeconds(10);
    /** After how long without a beat an owner is taken for gone. */
    public static final Duration STALE_AFTER = Duration.ofSeconds(60);

    /** Writes an uploaded file where the job keeps it. */
    @FunctionalInterface
    public interface Upload {
        void writeTo(Path file) throws IOException;
    }

    /** An import job as this process sees it. */
    public static final class Job {
        private final String id;
        private final ImportOptions options;
        private final Instant acceptedAt = Instant.now();
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
            return (started ? ImportStatus.RUNNING : ImportStatus.QUEUED).name();
        }

        public ImportProgress progress() {
            return progress;
        }

        /** The final report, or null while running. */
        public ImportReport report() {
            return done.getNow(null);
        }

        /** Waits up to {@code timeout} for the report; null when it is not done by then. Every job ends with one. */
        public ImportReport await(Duration timeout) {
            try {
                return done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("Import job " + id + " ended without a report", e.getCause());
            }
        }
    }

    private final InterventionImporter importer;
    private final MunicipalityJoiner joiner;
    private final ImportJobRepository log;
    private final ImportOwnerRepository owners;
    private final ImportOwner owner = ImportOwner.ofThisProcess();
    private final Datasets datasets;
    private final Duration heartbeat;
    private final Duration staleAfter;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> daemon(r, "presencia-import"));
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ImportUploads uploads;
    private ImportHeartbeat beats;

    ImportJobs(Database database, MunicipalityJoiner joiner, Supplier<CiiuClassification> classification, Datasets datasets) {
        this(database, joiner, classification, datasets, HEARTBEAT, STALE_AFTER);
    }

    ImportJobs(Database database, MunicipalityJoiner joiner, Supplier<CiiuClassification> classification, Datasets datasets,
               Duration heartbeat, Duration staleAfter) {
        this.importer = new InterventionImporter(database, joiner, classification, owner.id());
        this.joiner = joiner;
        this.log = new ImportJobRepository(database);
        this.owners = new ImportOwnerRepository(database);
        this.datasets = datasets;
        this.heartbeat = heartbeat;
        this.staleAfter = staleAfter;
        this.uploads = new ImportUploads(owner.id());
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** This process as the owner of its jobs. */
    public ImportOwner owner() {
        return owner;
    }

    /**
     * Starts the server's job queue: registers this process as an owner, marks the jobs of gone owners INTERRUPTED,
     * deletes their uploads under {@code uploadRoot}, and beats from now on. Idempotent. Returns this owner's upload
     * folder (the multipart parts go to its {@code parts} folder).
     */
    public synchronized Path start(Path uploadRoot) {
        uploads.root(uploadRoot);
        ensureStarted();
        return uploads.folder();
    }

    private synchronized void ensureStarted() {
        if (beats == null) {
            owners.register(owner);
            beats = new ImportHeartbeat(owners, owner, staleAfter, uploads, importer::recordPendingEnds);
            beats.sweep();
            beats.start(heartbeat);
        }
    }

    /** Imports {@code file} now, on the caller's thread (the command line); the caller keeps the file. */
    public ImportReport importNow(Path file, ImportOptions options, ImportListener listener) {
        ensureStarted();
        ImportReport report = importer.importFile(file, options, listener);
        if (report.status() == ImportStatus.IMPORTED) {
            datasets.changed(report.datasetId());
        }
        return report;
    }

    /**
     * Accepts an import: writes the upload into this owner's folder, records the job QUEUED, and queues it. The job
     * owns the file and deletes it when it ends.
     */
    public Job submit(ImportOptions options, Upload upload) {
        ensureStarted();
        Job job = new Job(InterventionImporter.newJobId(), options);
        Path file = uploads.fileFor(job.id);
        try {
            upload.writeTo(file);
            log.insertJob(job.id, options, ImportStatus.QUEUED, null, job.acceptedAt, owner.id());
        } catch (IOException | RuntimeException e) {
            ImportUploads.delete(file);
            throw e instanceof IOException io ? new UncheckedIOException("Could not store the upload: " + io.getMessage(), io)
                    : (RuntimeException) e;
        }
        jobs.put(job.id, job);
        evictOldJobs();
        worker.execute(new Task(job, file));
        return job;
    }

    /** A queued job: run by the worker, or ended as interrupted when the worker stops first. */
    private final class Task implements Runnable {
        private final Job job;
        private final Path file;

        Task(Job job, Path file) {
            this.job = job;
            this.file = file;
        }

        @Override
        public void run() {
            job.started = true;
            ImportReport report = null;
            try {
                report = importer.importFile(file, job.options, progress -> job.progress = progress, job.id);
            } catch (Throwable e) {
                // importFile ends every job itself; this is the last guard, so that no job stays RUNNING in memory.
                LOG.error("Import job {} could not run", job.id, e);
            } finally {
                ImportUploads.delete(file);
                if (report == null) {
                    report = endWithout(job, ImportStatus.FAILED, "La importación falló por un error interno y no cambió"
                            + " nada; el detalle está en el registro del servidor (internal error: nothing changed)");
                }
                job.done.complete(report);
            }
            if (report.status() == ImportStatus.IMPORTED) {
                datasets.changed(report.datasetId());
            }
        }

        void neverStarted() {
            ImportUploads.delete(file);
            job.done.complete(endWithout(job, ImportStatus.INTERRUPTED, "La importación no llegó a empezar porque el"
                    + " servidor se detuvo; no cambió nada. Envíe el archivo de nuevo (the server stopped before the"
                    + " import started; nothing changed)"));
        }
    }

    private ImportReport endWithout(Job job, ImportStatus status, String message) {
        ImportReport report = ImportReport.withoutRows(job.id, job.options, status, message, job.acceptedAt);
        try {
            log.finishJob(report, null);
        } catch (RuntimeException | Error e) {
            LOG.warn("Import job {} ended {} but its end could not be recorded: {}", job.id, status, e.toString());
        }
        return report;
    }

    /**
     * Runs {@code rows} generated rows through the import's whole path without storing anything, so the first real
     * import after start runs compiled code ({@code InterventionImporter#rehearse}); the rows accepted.
     */
    public long rehearse(int rows) throws IOException {
        Path file = Files.createTempFile("presencia-rehearsal", ".csv");
        try {
            BulkFileGenerator.write(file, joiner.catalog(), rows, 1);
            return importer.rehearse(file);
        } finally {
            Files.deleteIfExists(file);
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

    /**
     * Stops: queued jobs end INTERRUPTED at once, the running import is asked to stop (it rolls back and ends
     * INTERRUPTED) and given a few seconds; then this process stops beating and leaves the store as an owner.
     */
    @Override
    public void close() {
        List<Runnable> queued = worker.shutdownNow();
        for (Runnable task : queued) {
            if (task instanceof Task t) {
                t.neverStarted();
            }
        }
        try {
            if (!worker.awaitTermination(15, TimeUnit.SECONDS)) {
                LOG.warn("The running import did not stop within 15 s; it ends INTERRUPTED once this process is gone");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (beats != null) {
                beats.stop();
                beats = null;
            }
        }
    }
}
