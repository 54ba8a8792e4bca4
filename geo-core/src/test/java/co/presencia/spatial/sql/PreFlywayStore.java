package co.presencia.spatial.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Creates a store as the hand-written migrator did before Flyway (up to commit 2f20e89): the spatial functions
 * prepared first, the history table {@code schema_version (version, description, applied_at)} with the DDL it used,
 * then each migration script, statement by statement, recorded with its version and description. A fixture for
 * checking that such stores are migrated in place.
 */
final class PreFlywayStore {

    /** The migrations the hand-written migrator knew, in order. */
    static final List<String> MIGRATIONS = List.of("V1__reference", "V2__interventions", "V3__targets");

    private PreFlywayStore() {
    }

    /** Applies the first {@code versions} migrations as the hand-written migrator did. */
    static void create(Database database, int versions) throws SQLException {
        try (Connection connection = database.dataSource().getConnection()) {
            database.dialect().requireGeometrySupport(connection);
            database.dialect().registerFunctions(connection);
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                        + "description VARCHAR(200) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP)");
                connection.commit();
            }
            for (String migration : MIGRATIONS.subList(0, versions)) {
                String script = SqlResources.read("/db/" + database.dialect().folder() + "/" + migration + ".sql");
                if (script == null) {
                    script = SqlResources.read("/db/common/" + migration + ".sql");
                }
                try (Statement statement = connection.createStatement();
                     PreparedStatement record = connection.prepareStatement(
                             "INSERT INTO schema_version (version, description) VALUES (?, ?)")) {
                    for (String sql : SqlResources.split(script)) {
                        statement.execute(sql);
                    }
                    record.setInt(1, Integer.parseInt(migration.substring(1, migration.indexOf("__"))));
                    record.setString(2, migration.substring(migration.indexOf("__") + 2));
                    record.executeUpdate();
                }
                connection.commit();
            }
        }
    }
}
