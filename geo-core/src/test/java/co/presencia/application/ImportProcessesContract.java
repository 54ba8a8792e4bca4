package co.presencia.application;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.cluster.ChangeNotices;
import co.presencia.intervention.DatasetRepository;
import co.presencia.intervention.DatasetSummary;
import co.presencia.intervention.ImportJobRepository;
import co.presencia.intervention.ImportOptions;
import co.presencia.intervention.ImportProgress;
import co.presencia.intervention.ImportReport;
import co.presencia.intervention.ImportStatus;
import co.presencia.intervention.InterventionImporter;
import co.presencia.intervention.InterventionRepository;
import co.presencia.intervention.SharedJoiner;
import co.presencia.intervention.demo.BulkFileGenerator;
import co.presencia.spatial.sql.Database;
import co.presencia.testing.ReferenceData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes on one store (issue 13 §2): an import process killed with {@code kill -9} mid-file leaves its job
 * RUNNING, and the next process to start marks it INTERRUPTED and finds the dataset as before; a second process
 * importing while this one imports (the command line beside the server; on H2GIS through AUTO_SERVER) works.
 * The other process is a real JVM ({@link ImportChild}).
 */
abstract class ImportProcessesContract {

    @TempDir
    Path temp;

    /** The JDBC URL both processes open (H2: AUTO_SERVER, so the second process shares the file). */
    protected abstract String url();

    private Process child(Path file, String dataset) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "-Dpresencia.shapefiles=" + co.presencia.testing.ReferenceData.shapefiles().toAbsolutePath(),
                ImportChild.class.getName(), url(), file.toString(), dataset));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Reads the child's output until a line starts with {@code prefix}; returns it (null at the end of output). */
    private static String awaitLine(BufferedReader out, String prefix, List<String> seen) throws IOException {
        String line;
        while ((line = out.readLine()) != null) {
            seen.add(line);
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        return null;
    }

    @Test
    void anImportKilledMidFileIsInterruptedOnTheNextStartAndChangedNothing() throws Exception {
        Database database = ImportChild.open(url());
        co.presencia.spatial.sql.SchemaMigrator.migrate(database);
        Path small = temp.resolve("antes.csv");
        Files.writeString(small, "id_registro,id_beneficiario,anio,instrumento,cod_municipio\nK-1,B1,2023,EnCadena,05001\n",
                StandardCharsets.UTF_8);
        ImportJobs before = newJobs(database);
        assertThat(before.importNow(small, ImportOptions.of("matado", "antes.csv"), p -> { }).status())
                .isEqualTo(ImportStatus.IMPORTED);
        before.close();
        DatasetSummary previous = new DatasetRepository(database).dataset("matado").orElseThrow();
        Path big = temp.resolve("grande.csv");
        BulkFileGenerator.write(big, SharedJoiner.get().catalog(), 100_000, 9);

        Process child = child(big, "matado");
        List<String> seen = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String owner = awaitLine(out, "OWNER ", seen);
            assertThat(awaitLine(out, "READING ", seen)).as(String.join("\n", seen)).isNotNull();
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(owner).isNotNull();
        }
        ImportJobRepository log = new ImportJobRepository(database);
        List<ImportReport> jobsOfDataset = log.jobs("matado");
        ImportReport killed = jobsOfDataset.get(0);
        assertThat(killed.status()).as("nobody ended it").isEqualTo(ImportStatus.RUNNING);

        ImportJobs next = newJobs(database);
        next.start(temp.resolve("uploads"));
        next.close();
        ImportReport interrupted = log.job(killed.jobId()).orElseThrow();
        assertThat(interrupted.status()).isEqualTo(ImportStatus.INTERRUPTED);
        assertThat(interrupted.message()).contains("el proceso ").contains("no cambió nada");
        assertThat(new DatasetRepository(database).dataset("matado").orElseThrow()).isEqualTo(previous);
    }

    @Test
    void aSecondProcessImportsWhileThisOneImports() throws Exception {
        Database database = ImportChild.open(url());
        co.presencia.spatial.sql.SchemaMigrator.migrate(database);
        Path mine = temp.resolve("servidor.csv");
        Path theirs = temp.resolve("cli.csv");
        BulkFileGenerator.write(mine, SharedJoiner.get().catalog(), 12_000, 21);
        BulkFileGenerator.write(theirs, SharedJoiner.get().catalog(), 2_000, 22);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch childDone = new CountDownLatch(1);
        InterventionImporter importer = new InterventionImporter(database, SharedJoiner.get(), ReferenceData::classification);
        CompletableFuture<ImportReport> server = CompletableFuture.supplyAsync(() -> importer.importFile(mine,
                ImportOptions.of("servidor", "servidor.csv"), progress -> {
                    if (progress.phase() == ImportProgress.Phase.READING && inside.getCount() > 0) {
                        inside.countDown();
                        try {
                            childDone.await(3, TimeUnit.MINUTES);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }));
        assertThat(inside.await(2, TimeUnit.MINUTES)).as("this import is inside its transaction").isTrue();
        Process child = child(theirs, "cli");
        List<String> seen = new ArrayList<>();
        String done;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            done = awaitLine(out, "DONE ", seen);
        } finally {
            childDone.countDown();
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        ImportReport report = server.get(5, TimeUnit.MINUTES);
        assertThat(done).as(String.join("\n", seen)).startsWith("DONE IMPORTED");
        assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(new DatasetRepository(database).dataset("cli").orElseThrow().interventions()).isEqualTo(2_000);
        assertThat(new DatasetRepository(database).dataset("servidor").orElseThrow().interventions()).isEqualTo(12_000);
    }

    private static ImportJobs newJobs(Database database) {
        Datasets datasets = new Datasets(new DatasetRepository(database), new InterventionRepository(database),
                SharedJoiner.get().catalog(), "demo", 0, ChangeNotices.NONE);
        return new ImportJobs(database, SharedJoiner.get(), ReferenceData::classification, datasets);
    }
}
