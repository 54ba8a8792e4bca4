package co.presencia.intervention;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passes an import's progress on to its listener and keeps the store's copy of it ({@code import_job.progress_*}), so
 * that every instance on the store shows how far a running job is (issue 13 §5). A snapshot is written at each change
 * of phase and otherwise at most once per {@link #EVERY}, by the {@code writer} thread on a connection of its own:
 * the import's thread only hands it over, so a slow, locked or failing store never slows or fails the import (a
 * failed write is logged at debug and the next snapshot tries again). Only the newest snapshot not yet written is
 * written. DONE is not: the job's end is recorded with its report, and a snapshot late for it changes nothing (the
 * write needs the job RUNNING).
 */
final class StoredProgress implements ImportListener {

    /** At most one snapshot per this, between changes of phase. */
    static final Duration EVERY = Duration.ofSeconds(1);
    /** A write waiting longer than this (a row lock) gives up. */
    private static final int WRITE_TIMEOUT_SECONDS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(StoredProgress.class);

    private final ImportJobRepository jobs;
    private final String jobId;
    private final ImportListener listener;
    private final Executor writer;
    private final AtomicReference<ImportProgress> unwritten = new AtomicReference<>();
    private ImportProgress.Phase lastPhase;
    private long lastHandedAt;

    StoredProgress(ImportJobRepository jobs, String jobId, ImportListener listener, Executor writer) {
        this.jobs = jobs;
        this.jobId = jobId;
        this.listener = listener;
        this.writer = writer;
    }

    @Override
    public void progress(ImportProgress progress) {
        if (progress.phase() != ImportProgress.Phase.DONE) {
            long now = System.nanoTime();
            if (progress.phase() != lastPhase || now - lastHandedAt >= EVERY.toNanos()) {
                lastPhase = progress.phase();
                lastHandedAt = now;
                handOver(progress);
            }
        }
        listener.progress(progress);
    }

    private void handOver(ImportProgress progress) {
        if (unwritten.getAndSet(progress) != null) {
            return;   // a write is already queued: it takes this newer snapshot
        }
        try {
            writer.execute(this::writeNewest);
        } catch (RejectedExecutionException e) {
            unwritten.set(null);
            LOG.debug("Import {}: no thread to store its progress: {}", jobId, e.toString());
        }
    }

    private void writeNewest() {
        ImportProgress progress = unwritten.getAndSet(null);
        if (progress == null) {
            return;
        }
        try {
            jobs.recordProgress(jobId, progress, WRITE_TIMEOUT_SECONDS);
        } catch (RuntimeException e) {
            LOG.debug("Import {}: its progress could not be stored (ignored): {}", jobId, e.toString());
        }
    }
}
