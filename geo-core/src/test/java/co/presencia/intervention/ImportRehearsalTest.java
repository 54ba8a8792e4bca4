package co.presencia.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.intervention.demo.BulkFileGenerator;
import co.presencia.spatial.sql.Database;
import co.presencia.testing.ReferenceData;
import co.presencia.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportRehearsalTest {

    @TempDir
    Path temp;

    @Test
    void aRehearsalReadsEveryRowAndStoresNothing() throws IOException {
        Database database = TestDatabases.h2gis();
        Path file = temp.resolve("ensayo.csv");
        BulkFileGenerator.write(file, SharedJoiner.get().catalog(), 3_000, 5);
        InterventionImporter importer = new InterventionImporter(database, SharedJoiner.get(), ReferenceData::classification);
        DatasetRepository datasets = new DatasetRepository(database);
        int before = datasets.datasets().size();

        assertThat(importer.rehearse(file)).as("every generated row parsed, placed and encoded").isEqualTo(3_000);

        assertThat(datasets.datasets()).hasSize(before);
        assertThat(datasets.dataset("rehearsal")).isEmpty();
        assertThat(new ImportJobRepository(database).jobs("rehearsal")).isEmpty();
    }
}
