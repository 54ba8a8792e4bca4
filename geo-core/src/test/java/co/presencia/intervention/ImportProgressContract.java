package co.presencia.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.intervention.demo.BulkFileGenerator;
import co.presencia.spatial.sql.Database;
import co.presencia.testing.ReferenceData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 §5: a running import's progress is in the store, where another instance (here another repository on other
 * connections) reads it while the import's transaction is open; DONE only once the job ended; and a store that
 * refuses the progress never fails the import. Subclasses run it on H2GIS ({@code *Test}) and PostGIS ({@code *IT}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ImportProgressContract {

    private static final int ROWS = 12_000;
    private static final Duration WITHIN = Duration.ofSeconds(30);

    Database database;
    InterventionImporter importer;
    Path file;

    protected abstract Database newDatabase();

    @BeforeAll
    void setUp(@TempDir Path temp) throws IOException {
        database = newDatabase();
        importer = new InterventionImporter(database, SharedJoiner.get(), ReferenceData::classification);
        file = temp.resolve("avance.csv");
        BulkFileGenerator.write(file, SharedJoiner.get().catalog(), ROWS, 7);
    }

    /** A listener that holds the import (on its own thread) at the first snapshot of each phase until released. */
    private static final class Holding implements ImportListener {
        final CountDownLatch reading = new CountDownLatch(1);
        final CountDownLatch merging = new CountDownLatch(1);
        final CountDownLatch goOn = new CountDownLatch(1);
        final CountDownLatch goOnAgain = new CountDownLatch(1);
        volatile ImportProgress heldReading;
        volatile ImportProgress heldMerging;

        @Override
        public void progress(ImportProgress progress) {
            if (progress.phase() == ImportProgress.Phase.READING && reading.getCount() > 0) {
                heldReading = progress;
                reading.countDown();
                await(goOn);
            } else if (progress.phase() == ImportProgress.Phase.MERGING && merging.getCount() > 0) {
                heldMerging = progress;
                merging.countDown();
                await(goOnAgain);
            }
        }

        private static void await(CountDownLatch latch) {
            try {
                latch.await(WITHIN.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void anotherInstanceReadsTheProgressOfARunningImportAndDoneOnlyOnceItEnded() throws Exception {
        ImportJobRepository elsewhere = new ImportJobRepository(database);
        String jobId = InterventionImporter.newJobId();
        Holding holding = new Holding();
        CompletableFuture<ImportReport> running = CompletableFuture.supplyAsync(() ->
                importer.importFile(file, ImportOptions.of("avance", "avance.csv"), holding, jobId));

        assertThat(holding.reading.await(WITHIN.toSeconds(), TimeUnit.SECONDS)).as("the import reads").isTrue();
        ImportProgress reading = storedUntil(elsewhere, jobId, p -> p.phase() == ImportProgress.Phase.READING);
        assertThat(elsewhere.job(jobId).orElseThrow().status()).isEqualTo(ImportStatus.RUNNING);
        assertThat(reading).as("what the importing instance shows").isEqualTo(holding.heldReading);
        assertThat(reading.rowsRead()).isEqualTo(5_000);
        assertThat(reading.totalBytes()).isEqualTo(Files.size(file));
        assertThat(reading.fraction()).isGreaterThan(0).isLessThanOrEqualTo(0.95);
        holding.goOn.countDown();

        assertThat(holding.merging.await(WITHIN.toSeconds(), TimeUnit.SECONDS)).as("the import merges").isTrue();
        ImportProgress merging = storedUntil(elsewhere, jobId, p -> p.phase() == ImportProgress.Phase.MERGING);
        assertThat(merging).as("a change of phase is stored at once").isEqualTo(holding.heldMerging);
        assertThat(merging.rowsRead()).isEqualTo(ROWS);
        assertThat(merging.fraction()).isEqualTo(0.95);
        assertThat(elsewhere.job(jobId).orElseThrow().status()).isEqualTo(ImportStatus.RUNNING);
        holding.goOnAgain.countDown();

        ImportReport report = running.get(WITHIN.toSeconds(), TimeUnit.SECONDS);
        assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
        ImportProgress ended = elsewhere.progress(jobId).orElseThrow();
        assertThat(ended.phase()).isEqualTo(ImportProgress.Phase.DONE);
        assertThat(ended.rowsRead()).isEqualTo(report.rowsRead());
        assertThat(ended.fraction()).isEqualTo(1.0);
    }

    @Test
    void aQueuedOrUnknownJobHasNoStoredProgress() {
        ImportJobRepository jobs = new ImportJobRepository(database);
        String jobId = InterventionImporter.newJobId();
        jobs.insertJob(jobId, ImportOptions.of("en-cola", "c.csv"), ImportStatus.QUEUED, null, Instant.now(), null);
        assertThat(jobs.progress(jobId)).isEmpty();
        assertThat(jobs.progress("no-existe")).isEmpty();
    }

    @Test
    void aStoreThatRefusesTheProgressFailsNoImport() {
        FaultyDatabase faulty = new FaultyDatabase(database).fail("executeUpdate", "progress_phase = ?", 1)
                .fail("executeUpdate", "progress_phase = ?", 2);
        InterventionImporter refused = new InterventionImporter(faulty.database(), SharedJoiner.get(),
                ReferenceData::classification);
        ImportReport report = refused.importFile(file, ImportOptions.of("avance-sin-registro", "avance.csv"),
                ImportListener.NONE);
        assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(report.rowsAccepted()).isEqualTo(ROWS);
    }

    /** Polls the store through {@code elsewhere} until its progress of the job matches. */
    private static ImportProgress storedUntil(ImportJobRepository elsewhere, String jobId, Predicate<ImportProgress> wanted)
            throws InterruptedException {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        Optional<ImportProgress> stored = elsewhere.progress(jobId);
        while (stored.filter(wanted).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            stored = elsewhere.progress(jobId);
        }
        assertThat(stored).as("stored progress of the running job").isPresent().get().matches(wanted);
        return stored.orElseThrow();
    }
}
