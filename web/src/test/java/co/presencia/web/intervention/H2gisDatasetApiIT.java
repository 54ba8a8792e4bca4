package co.presencia.web.intervention;

import co.presencia.testing.ReferenceData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The datasets API contract with the application on a fresh H2GIS file store. An integration test, like its PostGIS
 * twin: it starts the server, loads the reference territory into the new store, and imports the demo file three times
 * (API, CLI into a second store, API again).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(RecordedDatasetEvents.class)
class H2gisDatasetApiIT extends DatasetApiContract {

    @Autowired
    RecordedDatasetEvents events;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws java.io.IOException {
        Path dir = Files.createTempDirectory("presencia-web-h2gis-");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dir.resolve("presencia").toAbsolutePath());
        registry.add("presencia.data-dir", () -> ReferenceData.shapefiles().toString());
        registry.add("presencia.admin.user", () -> USER);
        registry.add("presencia.admin.password", () -> PASSWORD);
    }

    @Override
    RecordedDatasetEvents events() {
        return events;
    }
}
