package co.presencia.spatial.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the numbered migrations in {@code db/<dialect>/V<n>__<description>.sql} (or {@code db/common/} when both
 * dialects take the same DDL), each in its own transaction,
 * recording them in {@code schema_version}. Idempotent: applied versions are skipped.
 */
public final class SchemaMigrator {

    /** The migrations, in order. A new migration is added here and as a file for each dialect. */
    static final List<String> MIGRATIONS = List.of("V1__reference", "V2__interventions", "V3__targets", "V4__divipola_names");
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

    private SchemaMigrator() {
    }

    public static void migrate(Database database) {
        try (Connection connection = database.dataSource().getConnection()) {
            database.dialect().prepare(connection);
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                        + "description VARCHAR(200) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP)");
                connection.commit();
            }
            List<Integer> applied = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT version FROM schema_version")) {
                while (rs.next()) {
                    applied.add(rs.getInt(1));
                }
            }
            for (String migration : MIGRATIONS) {
                int version = Integer.parseInt(migration.substring(1, migration.indexOf("__")));
                if (applied.contains(version)) {
                    continue;
                }
                String path = "/db/" + database.dialect().folder() + "/" + migration + ".sql";
                String script = SqlResources.read(path);
                if (script == null) {
                    path = "/db/common/" + migration + ".sql";
                    script = SqlResources.read(path);
                }
                if (script == null) {
                    throw new IllegalStateException("Missing migration " + path);
                }
                try (Statement statement = connection.createStatement()) {
                    for (String sql : SqlResources.split(script)) {
                        statement.execute(sql);
                    }
                    try (PreparedStatement record = connection.prepareStatement(
                            "INSERT INTO schema_version (version, description) VALUES (?, ?)")) {
                        record.setInt(1, version);
                        record.setString(2, migration.substring(migration.indexOf("__") + 2));
                        record.executeUpdate();
                    }
                    connection.commit();
                    LOG.info("Applied migration {} ({})", migration, database.dialect());
                } catch (SQLException e) {
                    connection.rollback();
                    throw new SQLException("Migration " + path + " failed: " + e.getMessage(), e);
                }
            }
            connection.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            throw new StoreException("Schema migration failed: " + e.getMessage(), e);
        }
    }
}
