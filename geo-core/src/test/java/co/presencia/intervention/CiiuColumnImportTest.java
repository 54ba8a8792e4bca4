package co.presencia.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import co.presencia.spatial.sql.Database;
import co.presencia.testing.ReferenceData;
import co.presencia.testing.TestDatabases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sector column on import (issue 10 §1, ADR 0013): codes as planners write them are stored as the CIIU entry they
 * read as; a code that is no entry rejects its row with file, line, field, value and the reason, and an atomic import
 * then stores nothing.
 */
class CiiuColumnImportTest {

    @TempDir
    Path temp;

    private static final String FILE = """
            id,beneficiario,anio,programa,cod_municipio,Código CIIU
            R01,B1,2023,EnCadena,05001,111
            R02,B2,2023,EnCadena,05001,C1011
            R03,B3,2023,EnCadena,05001,1030
            R04,B4,2023,EnCadena,05001,6514
            R05,B5,2023,EnCadena,05001,grupo 141
            R06,B6,2023,EnCadena,05001,
            R07,B7,2023,EnCadena,05001,D
            R08,B8,2023,EnCadena,05001,9999
            R09,B9,2023,EnCadena,05001,141
            R10,B10,2023,EnCadena,05001,0010
            R11,B11,2023,EnCadena,05001,C0111
            """;

    private InterventionImporter importer(Database database) {
        return new InterventionImporter(database, SharedJoiner.get(), ReferenceData::classification);
    }

    @Test
    void codesAreStoredAsTheEntryTheyReadAsAndUnknownCodesRejectTheirRow() throws IOException {
        Path file = temp.resolve("ciiu.csv");
        Files.writeString(file, FILE, StandardCharsets.UTF_8);
        Database database = TestDatabases.h2gis();

        ImportReport atomic = importer(database).importFile(file, ImportOptions.of("ciiu", "ciiu.csv"), ImportListener.NONE);
        assertThat(atomic.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(atomic.rowsRejected()).isEqualTo(4);
        assertThat(atomic.rejects()).extracting(Rejection::file, Rejection::line, Rejection::recordId, Rejection::field, Rejection::value)
                .containsExactly(tuple("ciiu.csv", 9L, "R08", "Código CIIU", "9999"), tuple("ciiu.csv", 10L, "R09", "Código CIIU", "141"),
                        tuple("ciiu.csv", 11L, "R10", "Código CIIU", "0010"), tuple("ciiu.csv", 12L, "R11", "Código CIIU", "C0111"));
        assertThat(atomic.rejects().get(0).reason()).contains("Código CIIU desconocido", "Unknown CIIU code");
        assertThat(atomic.rejects().get(1).reason()).contains("ambiguo", "0141", "grupo 141");
        assertThat(atomic.rejects().get(2).reason()).contains("DIAN");
        assertThat(atomic.rejects().get(3).reason()).contains("sección A");
        assertThat(stored(database)).isEmpty();

        ImportReport partial = importer(database).importFile(file, ImportOptions.of("ciiu", "ciiu.csv").withAcceptPartial(true),
                ImportListener.NONE);
        assertThat(partial.status()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(stored(database)).extracting(Intervention::recordId, Intervention::sector, Intervention::ciiu).containsExactly(
                tuple("R01", "111", "0111"), tuple("R02", "C1011", "1011"), tuple("R03", "1030", "103"),
                tuple("R04", "6514", "6496"), tuple("R05", "grupo 141", "141"), tuple("R06", null, null), tuple("R07", "D", "D"));

        ImportReport again = importer(database).importFile(file, ImportOptions.of("ciiu", "ciiu.csv").withAcceptPartial(true),
                ImportListener.NONE);
        assertThat(again.unchanged()).isEqualTo(7);
    }

    @Test
    void anImporterWithoutTheClassificationRefusesASectorColumn() throws IOException {
        Path file = temp.resolve("ciiu.csv");
        Files.writeString(file, FILE, StandardCharsets.UTF_8);
        ImportReport report = new InterventionImporter(TestDatabases.h2gis(), SharedJoiner.get())
                .importFile(file, ImportOptions.of("ciiu", "ciiu.csv").withAcceptPartial(true), ImportListener.NONE);
        assertThat(report.status()).isEqualTo(ImportStatus.FAILED);
    }

    private static List<Intervention> stored(Database database) {
        List<Intervention> out = new ArrayList<>();
        new InterventionRepository(database).forEach("ciiu", out::add);
        return out;
    }
}
