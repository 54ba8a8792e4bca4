package co.presencia.web.coveragefeatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.presencia.intervention.Fixtures;
import co.presencia.intervention.ImportListener;
import co.presencia.intervention.ImportOptions;
import co.presencia.intervention.InterventionImporter;
import co.presencia.intervention.DatasetRepository;
import co.presencia.intervention.InterventionRepository;
import co.presencia.intervention.MunicipalityJoiner;
import co.presencia.spatial.sql.Database;
import co.presencia.territory.ReferenceCatalog;
import co.presencia.territory.TerritoryRepository;
import co.presencia.testing.ReferenceData;
import co.presencia.testing.TestDatabases;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI's coverage map (scripts/presencia static-map) renders from the stored dataset, without the server. */
class CoverageMapCommandTest {

    @TempDir
    Path dir;

    @Test
    void rendersMunicipalAndDepartmentCoverageFromTheStore() throws Exception {
        ReferenceCatalog catalog = ReferenceData.catalog();
        Database database = TestDatabases.h2gis();
        new TerritoryRepository(database).replaceAll(catalog, "cli-map");
        DatasetRepository datasets = new DatasetRepository(database);
        InterventionRepository interventions = new InterventionRepository(database);
        new InterventionImporter(database, new MunicipalityJoiner(catalog))
                .importFile(Fixtures.path("acentos-utf8.csv"), ImportOptions.of("fixture", "acentos-utf8.csv").withAcceptPartial(true),
                        ImportListener.NONE);

        Path png = dir.resolve("municipios.png");
        int units = CoverageMapCommand.render(catalog, datasets, interventions, Map.of("dataset", "fixture", "year", "2023",
                "value", "beneficiaries", "title", "Municipios beneficiados"), png);
        assertThat(units).isEqualTo(1121);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isGreaterThan(1000);

        Path svg = dir.resolve("departamentos.svg");
        assertThat(CoverageMapCommand.render(catalog, datasets, interventions,
                Map.of("collection", "department-coverage", "dataset", "fixture", "year", "2023"), svg)).isEqualTo(33);
        assertThat(Files.readString(svg)).startsWith("<?xml").contains("<svg").contains("Beneficiarios");

        assertThatThrownBy(() -> CoverageMapCommand.render(catalog, datasets, interventions, Map.of("dataset", "nope"),
                dir.resolve("x.png")))
                .hasMessageContaining("nope");
    }
}
