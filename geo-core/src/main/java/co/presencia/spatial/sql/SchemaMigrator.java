package co.presencia.spatial.sql;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a store's schema up to date with Flyway: the migrations are {@code db/common/V<n>__*.sql} (DDL both stores
 * take alike) and {@code db/<dialect>/V<n>__*.sql}, applied in version order, each in its own transaction, and
 * recorded in {@value #HISTORY_TABLE}. Idempotent: applied versions are skipped.
 *
 * <p>A store created before Flyway (by the hand-written migrator, whose history is the table
 * {@value #LEGACY_HISTORY_TABLE} with versions 1…n) is migrated in place: Flyway baselines it at version n and
 * applies only the later migrations; its tables and rows are untouched, and {@value #LEGACY_HISTORY_TABLE} is left
 * as it was (so a binary from before Flyway still opens the store).
 *
 * <p>On H2GIS the spatial functions are registered after migrating: H2GIS adds tables of its own
 * ({@code SPATIAL_REF_SYS}), and Flyway migrates only an empty schema without a history.
 */
public final class SchemaMigrator {

    /** Flyway's history table. */
    static final String HISTORY_TABLE = "flyway_schema_history";
    /** The history table of the hand-written migrator that preceded Flyway: version, description, applied_at. */
    static final String LEGACY_HISTORY_TABLE = "schema_version";
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

    private SchemaMigrator() {
    }

    /** Migrates the store of {@code database}; then makes its spatial functions available. */
    public static void migrate(Database database) {
        SqlDialect dialect = database.dialect();
        try {
            OptionalInt legacyVersion;
            boolean hasHistory;
            try (Connection connection = database.dataSource().getConnection()) {
                dialect.requireGeometrySupport(connection);
                hasHistory = tableExists(connection, HISTORY_TABLE);
                legacyVersion = hasHistory ? OptionalInt.empty() : legacyVersion(connection);
            }
            FluentConfiguration configuration = configuration(database);
            if (legacyVersion.isPresent()) {
                int version = legacyVersion.getAsInt();
                configuration.baselineVersion(String.valueOf(version))
                        .baselineDescription("schema_version at V" + version + " (store created before Flyway)");
                Flyway flyway = configuration.load();
                flyway.baseline();
                LOG.info("Store created before Flyway ({} at V{}, {}): baselined in {}", LEGACY_HISTORY_TABLE, version,
                        dialect, HISTORY_TABLE);
                flyway.migrate();
            } else {
                configuration.load().migrate();
            }
            try (Connection connection = database.dataSource().getConnection()) {
                dialect.registerFunctions(connection);
            }
        } catch (SQLException | FlywayException e) {
            throw new StoreException("Schema migration failed: " + e.getMessage(), e);
        }
    }

    private static FluentConfiguration configuration(Database database) {
        return Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(database.dataSource())
                .locations("classpath:db/common", "classpath:db/" + database.dialect().folder())
                .table(HISTORY_TABLE)
                .placeholderReplacement(false)
                .failOnMissingLocations(true)
                .cleanDisabled(true);
    }

    /**
     * The version the hand-written migrator reached, when its history table is in the connection's schema: its
     * versions must be 1…n (it applied them in order); n is returned (0 when it stopped before its first).
     */
    static OptionalInt legacyVersion(Connection connection) throws SQLException {
        if (!tableExists(connection, LEGACY_HISTORY_TABLE)) {
            return OptionalInt.empty();
        }
        List<Integer> versions = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT version FROM " + LEGACY_HISTORY_TABLE + " ORDER BY version")) {
            while (rs.next()) {
                versions.add(rs.getInt(1));
            }
        }
        for (int i = 0; i < versions.size(); i++) {
            if (versions.get(i) != i + 1) {
                throw new SQLException(LEGACY_HISTORY_TABLE + " lists versions " + versions
                        + ": expected 1…n, as the migrator before Flyway applied them; migrate this store by hand");
            }
        }
        return OptionalInt.of(versions.size());
    }

    /** Whether a table named {@code name} (any case) is in the connection's current schema. */
    static boolean tableExists(Connection connection, String name) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        try (ResultSet rs = metaData.getTables(connection.getCatalog(), connection.getSchema(), null, new String[] {"TABLE"})) {
            while (rs.next()) {
                if (rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT).equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }
}
