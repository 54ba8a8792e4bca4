package co.presencia.web.ogcapi;

import co.presencia.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The official OGC API – Features Part 1 executable test suite against the application on PostGIS (a fresh schema
 * of {@code PRESENCIA_POSTGIS_URL}, with the demo dataset). Fails under {@code CI=true} without PostGIS, is reported
 * skipped otherwise. Its TestNG results stay in {@code web/target/ogc-ets/postgis}.
 */
class PostgisOgcEtsIT extends OgcServerTestSupport {

    @DynamicPropertySource
    static void postgis(DynamicPropertyRegistry registry) {
        // A fresh, migrated schema; its data source's URL names the schema, and the user and password go apart.
        PGSimpleDataSource store = (PGSimpleDataSource) TestDatabases.dataSourceOf(TestDatabases.postgis());
        registry.add("spring.datasource.url", store::getURL);
        registry.add("spring.datasource.username", store::getUser);
        registry.add("spring.datasource.password", store::getPassword);
    }

    @Test
    @DisplayName("OGC CITE ETS (Core, CRS by reference) on PostGIS: no failure except the suite's own EPSG:9377 gap")
    void passesTheOfficialTestSuite() throws IOException, InterruptedException {
        OgcEtsIT.assertConforms(OgcEts.run(url("/ogc"), Path.of("target", "ogc-ets", "postgis").toAbsolutePath()));
    }
}
