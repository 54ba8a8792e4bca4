package co.presencia.testing;

import co.presencia.spatial.sql.Database;
import co.presencia.spatial.sql.SchemaMigrator;
import co.presencia.spatial.sql.SqlDialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Fresh, migrated databases for contract tests: an H2GIS file database in a temp folder, or a new schema in the
 * PostGIS named by {@code PRESENCIA_POSTGIS_URL} (system property {@code presencia.postgis.url}).
 *
 * <p>A PostGIS test never passes without PostGIS: when the URL is missing it is reported as skipped, and under
 * {@code CI=true} (system property {@code presencia.postgis.required=true}) it fails.
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    public static Database h2gis() {
        Database database = emptyH2gis();
        SchemaMigrator.migrate(database);
        return database;
    }

    /** A new H2GIS file database with nothing in it: not migrated, no spatial functions registered. */
    public static Database emptyH2gis() {
        try {
            Path dir = Files.createTempDirectory("presencia-h2gis-");
            JdbcDataSource dataSource = new JdbcDataSource();
            // Keep the database open between connections: without a pool, H2 would close and compact it each time.
            dataSource.setURL("jdbc:h2:file:" + dir.resolve("test").toAbsolutePath() + ";DB_CLOSE_DELAY=-1");
            dataSource.setUser("sa");
            return Database.of(dataSource, SqlDialect.H2GIS);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The PostGIS JDBC URL, or aborts/fails the test as described above. */
    public static String postgisUrl() {
        String url = System.getProperty("presencia.postgis.url");
        if (url == null || url.isBlank() || url.startsWith("${")) {
            url = System.getenv("PRESENCIA_POSTGIS_URL");
        }
        boolean required = Boolean.parseBoolean(System.getProperty("presencia.postgis.required", "false"))
                || "true".equalsIgnoreCase(System.getenv("CI"));
        if (url == null || url.isBlank() || url.startsWith("${")) {
            if (required) {
                Assertions.fail("PostGIS required (CI=true) but PRESENCIA_POSTGIS_URL is not set: run the tests with scripts/test");
            }
            Assumptions.abort("PostGIS not available: PRESENCIA_POSTGIS_URL is not set (scripts/test starts one)");
        }
        return url;
    }

    public static Database postgis() {
        Database database = emptyPostgis();
        SchemaMigrator.migrate(database);
        return database;
    }

    /** A new, empty schema of the PostGIS named by {@code PRESENCIA_POSTGIS_URL}: not migrated. */
    public static Database emptyPostgis() {
        String url = postgisUrl();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            Assertions.fail("Cannot reach PostGIS at PRESENCIA_POSTGIS_URL: " + e.getMessage(), e);
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public");
        return Database.of(dataSource, SqlDialect.POSTGIS);
    }

    /**
     * The JDBC URL of the streaming replica ({@code PRESENCIA_POSTGIS_REPLICA_URL}); empty when there is none, and a
     * failure when there is none under {@code CI=true}.
     */
    public static java.util.Optional<String> replicaUrl() {
        String url = System.getenv("PRESENCIA_POSTGIS_REPLICA_URL");
        boolean required = Boolean.parseBoolean(System.getProperty("presencia.postgis.required", "false"))
                || "true".equalsIgnoreCase(System.getenv("CI"));
        if (url == null || url.isBlank()) {
            if (required) {
                Assertions.fail("A PostGIS replica is required (CI=true) but PRESENCIA_POSTGIS_REPLICA_URL is not set: run the"
                        + " tests with scripts/test");
            }
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(url);
    }

    /**
     * The streaming replica of the PostGIS above ({@code PRESENCIA_POSTGIS_REPLICA_URL}, started by scripts/test), as
     * a data source on the same schema as {@code primary} (once replayed there); aborts or fails as {@link #postgisUrl}.
     */
    public static DataSource replicaOf(Database primary) {
        String url = replicaUrl().orElseGet(() -> Assumptions.abort(
                "No PostGIS replica: PRESENCIA_POSTGIS_REPLICA_URL is not set (scripts/test starts one)"));
        String primaryUrl = ((PGSimpleDataSource) primary.dataSource()).getURL();
        String schema = primaryUrl.substring(primaryUrl.indexOf("currentSchema="));
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url + (url.contains("?") ? "&" : "?") + schema);
        return dataSource;
    }

    public static DataSource dataSourceOf(Database database) {
        return database.dataSource();
    }
}
