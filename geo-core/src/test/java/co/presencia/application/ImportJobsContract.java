package co.presencia.application;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.cluster.ChangeNotices;
import co.presencia.intervention.DatasetRepository;
import co.presencia.intervention.FaultyDatabase;
import co.presencia.intervention.ImportJobRepository;
import co.presencia.intervention.ImportOptions;
import co.presencia.intervention.ImportOwner;
import co.presencia.intervention.ImportReport;
import co.presencia.intervention.ImportStatus;
import co.presencia.intervention.InterventionRepository;
import co.presencia.intervention.SharedJoiner;
import co.presencia.intervention.demo.BulkFileGenerator;
import co.presencia.spatial.sql.Database;
import co.presencia.testing.ReferenceData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 §2, nothing stuck and nothing leaked, on both stores: jobs left by a process that is gone end INTERRUPTED
 * (and only those), uploads are deleted after their job and swept on start, an error in the worker ends its job, and a
 * stop ends what is queued. Subclasses run it on H2GIS ({@code *Test}) and PostGIS ({@code *IT}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ImportJobsContract {

    private static final String CSV = "id_registro,id_beneficiario,anio,instrumento,cod_municipio\nJ-1,B1,2023,EnCadena,05001\n";

    Database database;
    ImportJobRepository log;
    ImportJobs jobs;

    @TempDir
    Path temp;

    protected abstract Database newDatabase();

    @BeforeAll
    void setUp() {
        database = newDatabase();
        log = new ImportJobRepository(database);
    }

    @AfterEach
    void stop() {
        if (jobs != null) {
            jobs.close();
            jobs = null;
        }
    }

    private ImportJobs newJobs(Database on) {
        Datasets datasets = new Datasets(new DatasetRepository(on), new InterventionRepository(on), SharedJoiner.get().catalog(),
                "demo", 0, ChangeNotices.NONE);
        return new ImportJobs(on, SharedJoiner.get(), ReferenceData::classification, datasets, Duration.ofMillis(200), Duration.ofSeconds(2));
    }

    private void sql(String statement, Object... values) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
        }
    }

    private void owner(String id, String host, long pid, Instant heartbeat) throws SQLException {
        sql("INSERT INTO import_owner (id, host, pid, started_at, heartbeat_at) VALUES (?, ?, ?, ?, ?)", id, host, pid,
                Timestamp.from(heartbeat), Timestamp.from(heartbeat));
    }

    private void job(String id, String ownerId, ImportStatus status) {
        log.insertJob(id, ImportOptions.of("trabajos", id + ".csv"), status, null, Instant.now(), ownerId);
    }

    private static long deadPid() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        return process.pid();
    }

    @Test
    void onStartTheJobsOfProcessesThatAreGoneAreInterruptedAndOnlyThose() throws Exception {
        String host = ImportOwner.ofThisProcess().host();
        owner("muerto", host, deadPid(), Instant.now());
        owner("callado", "otra-maquina", 4242, Instant.now().minus(Duration.ofMinutes(10)));
        owner("vivo", "otra-maquina", 4243, Instant.now().plus(Duration.ofMinutes(10)));
        job("j-corriendo", "muerto", ImportStatus.RUNNING);
        job("j-en-cola", "muerto", ImportStatus.QUEUED);
        job("j-callado", "callado", ImportStatus.RUNNING);
        job("j-sin-dueno", null, ImportStatus.RUNNING);
        job("j-vivo", "vivo", ImportStatus.RUNNING);

        jobs = newJobs(database);
        jobs.start(temp.resolve("uploads"));

        ImportReport running = log.job("j-corriendo").orElseThrow();
        assertThat(running.status()).isEqualTo(ImportStatus.INTERRUPTED);
        assertThat(running.finishedAt()).isNotNull();
        assertThat(running.message()).contains("se interrumpió").contains(host).contains("no cambió nada");
        assertThat(log.job("j-en-cola").orElseThrow().message()).contains("no llegó a empezar");
        assertThat(log.job("j-callado").orElseThrow().status()).isEqualTo(ImportStatus.INTERRUPTED);
        assertThat(log.job("j-sin-dueno").orElseThrow().status()).isEqualTo(ImportStatus.INTERRUPTED);
        assertThat(log.job("j-vivo").orElseThrow().status()).as("its owner beats").isEqualTo(ImportStatus.RUNNING);
        sql("DELETE FROM import_owner WHERE id = 'vivo'");
    }

    @Test
    void uploadsAreDeletedWhenTheirJobEndsAndTheFoldersOfGoneOwnersOnStart() throws Exception {
        Path root = temp.resolve("subidas");
        owner("vivo-2", "otra-maquina", 4244, Instant.now().plus(Duration.ofMinutes(10)));
        Files.createDirectories(root.resolve("muerto-2"));
        Files.writeString(root.resolve("muerto-2").resolve("x.upload"), "110 MB de un kill -9");
        Files.createDirectories(root.resolve("vivo-2"));
        Files.writeString(root.resolve("vivo-2").resolve("y.upload"), "en uso");
        // A running process of this host that this store does not know (another service sharing the temp folder).
        String neighbour = ImportOwner.ofThisProcess().id();
        Files.createDirectories(root.resolve(neighbour));
        Files.writeString(root.resolve(neighbour).resolve("z.upload"), "de otro servicio");

        jobs = newJobs(database);
        Path mine = jobs.start(root);

        assertThat(root.resolve("muerto-2")).doesNotExist();
        assertThat(root.resolve("vivo-2").resolve("y.upload")).exists();
        assertThat(root.resolve(neighbour).resolve("z.upload")).as("a running process's folder, unknown to this store").exists();
        assertThat(mine.getParent()).isEqualTo(root);
        assertThat(mine.resolve("parts")).isDirectory();
        ImportJobs.Job job = jobs.submit(ImportOptions.of("subida", "s.csv"),
                file -> Files.writeString(file, CSV, StandardCharsets.UTF_8));
        ImportReport report = job.await(Duration.ofSeconds(60));
        assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
        try (var left = Files.list(mine)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("parts");
        }
        jobs.close();
        jobs = null;
        assertThat(mine).as("a clean stop leaves nothing").doesNotExist();
        sql("DELETE FROM import_owner WHERE id = 'vivo-2'");
    }

    @Test
    void anErrorThrownOutOfTheImportEndsItsJobAndAWaitingClientGetsTheReport() throws Exception {
        FaultyDatabase faulty = new FaultyDatabase(database)
                .error("executeUpdate", "SET status = 'RUNNING'", 1, new OutOfMemoryError("simulated"));
        jobs = newJobs(faulty.database());
        jobs.start(temp.resolve("uploads-error"));
        ImportJobs.Job job = jobs.submit(ImportOptions.of("error", "e.csv"),
                file -> Files.writeString(file, CSV, StandardCharsets.UTF_8));
        ImportReport report = job.await(Duration.ofSeconds(30));
        assertThat(report).as("never hangs").isNotNull();
        assertThat(report.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(job.state()).isEqualTo("FAILED");
        assertThat(log.job(job.id()).orElseThrow().status()).isEqualTo(ImportStatus.FAILED);
    }

    @Test
    void aStopEndsTheRunningImportAndTheQueuedOnesInterrupted() throws Exception {
        Path big = temp.resolve("grande.csv");
        BulkFileGenerator.write(big, SharedJoiner.get().catalog(), 150_000, 5);
        jobs = newJobs(database);
        jobs.start(temp.resolve("uploads-stop"));
        ImportJobs.Job first = jobs.submit(ImportOptions.of("parada", "grande.csv"), file -> Files.copy(big, file));
        ImportJobs.Job second = jobs.submit(ImportOptions.of("parada", "s.csv"),
                file -> Files.writeString(file, CSV, StandardCharsets.UTF_8));
        jobs.close();
        jobs = null;
        assertThat(first.await(Duration.ofSeconds(1)).status()).isEqualTo(ImportStatus.INTERRUPTED);
        assertThat(second.await(Duration.ofSeconds(1)).status()).isEqualTo(ImportStatus.INTERRUPTED);
        assertThat(log.job(first.id()).orElseThrow().status()).isEqualTo(ImportStatus.INTERRUPTED);
        assertThat(log.job(second.id()).orElseThrow().message()).contains("no llegó a empezar");
        assertThat(new DatasetRepository(database).dataset("parada")).isEmpty();
    }
}
