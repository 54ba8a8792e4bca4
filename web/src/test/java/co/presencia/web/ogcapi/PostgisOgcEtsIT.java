package co.presencia.web.ogcapi;

import co.presencia.testing.TestDatabases;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
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
        String url = TestDatabases.postgisUrl();
        String schema = "ets_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach PostGIS at PRESENCIA_POSTGIS_URL: " + e.getMessage(), e);
        }
        registry.add("spring.datasource.url", () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public");
        // The application's defaults (sa, empty) would override the credentials in the URL's query.
        registry.add("spring.datasource.username", () -> queryValue(url, "user"));
        registry.add("spring.datasource.password", () -> queryValue(url, "password"));
    }

    private static String queryValue(String jdbcUrl, String name) {
        String query = URI.create(jdbcUrl.substring("jdbc:".length())).getRawQuery();
        return query == null ? null : Arrays.stream(query.split("&")).filter(p -> p.startsWith(name + "="))
                .map(p -> URLDecoder.decode(p.substring(name.length() + 1), StandardCharsets.UTF_8)).findFirst().orElse(null);
    }

    @Test
    @DisplayName("OGC CITE ETS (Core, CRS by reference) on PostGIS: no failure except the suite's own EPSG:9377 gap")
    void passesTheOfficialTestSuite() throws IOException, InterruptedException {
        OgcEtsIT.assertConforms(OgcEts.run(url("/ogc"), Path.of("target", "ogc-ets", "postgis").toAbsolutePath()));
    }
}
