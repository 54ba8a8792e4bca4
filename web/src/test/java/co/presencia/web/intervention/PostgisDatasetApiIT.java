package co.presencia.web.intervention;

import co.presencia.testing.ReferenceData;
import co.presencia.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same API contract with the application on PostGIS (a fresh schema of PRESENCIA_POSTGIS_URL), its read-heavy paths
 * on the streaming replica when there is one (PRESENCIA_POSTGIS_REPLICA_URL; required under CI=true).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(RecordedDatasetEvents.class)
class PostgisDatasetApiIT extends DatasetApiContract {

    @Autowired
    RecordedDatasetEvents events;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        String url = TestDatabases.postgisUrl();
        String schema = "web_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach PostGIS at PRESENCIA_POSTGIS_URL: " + e.getMessage(), e);
        }
        String base = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        String query = url.contains("?") ? url.substring(url.indexOf('?') + 1) : "";
        String user = null;
        String password = null;
        for (String pair : query.split("&")) {
            if (pair.startsWith("user=")) {
                user = pair.substring(5);
            } else if (pair.startsWith("password=")) {
                password = pair.substring(9);
            }
        }
        String finalUser = user;
        String finalPassword = password;
        registry.add("spring.datasource.url", () -> base + "?currentSchema=" + schema + ",public");
        registry.add("spring.datasource.username", () -> finalUser);
        registry.add("spring.datasource.password", () -> finalPassword);
        // Reads of the records and points go through the streaming replica scripts/test starts: every import-then-read
        // of the contract shows that a reader never sees less than the primary committed (ReadReplica).
        TestDatabases.replicaUrl().ifPresent(replica -> {
            String replicaBase = replica.contains("?") ? replica.substring(0, replica.indexOf('?')) : replica;
            registry.add("presencia.read-replica.url", () -> replicaBase + "?currentSchema=" + schema + ",public");
            registry.add("presencia.read-replica.username", () -> finalUser);
            registry.add("presencia.read-replica.password", () -> finalPassword);
        });
        registry.add("presencia.data-dir", () -> ReferenceData.shapefiles().toString());
        registry.add("presencia.admin.user", () -> USER);
        registry.add("presencia.admin.password", () -> PASSWORD);
    }

    @Override
    RecordedDatasetEvents events() {
        return events;
    }
}
