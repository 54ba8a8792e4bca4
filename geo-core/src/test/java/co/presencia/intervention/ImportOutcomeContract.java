package co.presencia.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.spatial.sql.Database;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 §1: what an import reports is exactly what is stored, on both stores, whatever the file holds.
 * Subclasses run it on H2GIS ({@code *Test}) and PostGIS ({@code *IT}). Each test uses its own dataset id.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ImportOutcomeContract {

    static final String HEADER = "id_registro,id_beneficiario,anio,instrumento,cod_municipio";

    Database database;
    DatasetRepository datasets;
    ImportJobRepository jobs;
    InterventionImporter importer;

    @TempDir
    Path temp;

    protected abstract Database newDatabase();

    @BeforeAll
    void setUp() {
        database = newDatabase();
        datasets = new DatasetRepository(database);
        jobs = new ImportJobRepository(database);
        importer = new InterventionImporter(database, SharedJoiner.get());
    }

    Path write(String name, String text) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    ImportReport importFile(Path file, String dataset, boolean acceptPartial) {
        return importer.importFile(file, ImportOptions.of(dataset, file.getFileName().toString())
                .withAcceptPartial(acceptPartial), ImportListener.NONE);
    }

    List<Rejection> storedRejects(String jobId) {
        List<Rejection> out = new ArrayList<>();
        jobs.forEachReject(jobId, out::add);
        return out;
    }

    @Test
    void aNulByteRejectsItsRowNamingLineAndFieldAndTheRestIsStored() throws IOException {
        Path file = write("nul.csv", HEADER + "\nN-1,B1,2023,EnCadena,05001\nN-2,B2,20\u000023,EnCadena,05001\n"
                + "N-3,B3,2023,EnCadena,11001\n");
        ImportReport report = importFile(file, "nul", true);
        assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(report.rowsAccepted()).isEqualTo(2);
        assertThat(report.rejects()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.field()).isEqualTo("anio");
            assertThat(r.recordId()).isEqualTo("N-2");
            assertThat(r.reason()).contains("control");
        });
        assertThat(datasets.dataset("nul").orElseThrow().interventions()).isEqualTo(2);
        ImportReport stored = jobs.job(report.jobId()).orElseThrow();
        assertThat(stored.status()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(stored.rowsRejected()).isEqualTo(1);
        assertThat(storedRejects(report.jobId())).isEqualTo(report.rejects());
    }
}
