package co.presencia.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.intervention.demo.BulkFileGenerator;
import co.presencia.spatial.sql.Database;
import co.presencia.testing.ReferenceData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load-type check of the import, apart from {@link InterventionRepositoryContract} so the unit phase stays quick:
 * a file over 10 MB (100,000 rows) streams through in one transaction and reads back in record-id order. Runs in
 * the integration phase on H2GIS and PostGIS ({@code *IT}), and its figures are what the database recounts.
 */
abstract class LargeImportContract {

    @TempDir
    Path temp;

    protected abstract Database newDatabase();

    @Test
    void aFileOverTenMegabytesStreamsThrough() throws IOException {
        Database database = newDatabase();
        Path big = temp.resolve("mas-de-10mb.csv");
        BulkFileGenerator.write(big, SharedJoiner.get().catalog(), 100_000, 3);
        assertThat(Files.size(big)).isGreaterThan(10L * 1024 * 1024);
        ImportReport report = new InterventionImporter(database, SharedJoiner.get(), ReferenceData::classification)
                .importFile(big, ImportOptions.of("grande", "mas-de-10mb.csv"), ImportListener.NONE);
        assertThat(report.status()).as(report.message() + " " + report.rejects()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(report.inserted()).isEqualTo(100_000);
        assertThat(report.placements().get(Placement.CODE)).isEqualTo(50_000);
        assertThat(report.placements().get(Placement.POINT)).isEqualTo(50_000);
        DatasetRepository datasets = new DatasetRepository(database);
        DatasetSummary loaded = datasets.dataset("grande").orElseThrow();
        assertThat(loaded.interventions()).isEqualTo(100_000);
        // A first import into an empty PostGIS dataset counts its figures while loading (DirectLoadFigures): they must
        // be what the database itself counts over the stored rows (the 64-bit hash sum overflows many times here).
        database.inTransaction("recounting", connection -> {
            datasets.refreshDataset(connection, "grande", Instant.now(), "mas-de-10mb.csv", null);
            return null;
        });
        DatasetSummary recounted = datasets.dataset("grande").orElseThrow();
        assertThat(recounted.beneficiaries()).isEqualTo(loaded.beneficiaries()).isGreaterThan(10_000);
        assertThat(recounted.municipalities()).isEqualTo(loaded.municipalities());
        assertThat(recounted.contentChecksum()).isEqualTo(loaded.contentChecksum());
        long[] seen = {0};
        String[] previous = {""};
        new InterventionRepository(database).forEach("grande", i -> {
            assertThat(i.recordId().compareTo(previous[0])).isPositive();
            previous[0] = i.recordId();
            seen[0]++;
        });
        assertThat(seen[0]).isEqualTo(100_000);
    }
}
