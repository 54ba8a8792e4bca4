package co.presencia.spatial.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/** A data source with its dialect and its SQL statements. */
public record Database(DataSource dataSource, SqlDialect dialect, SqlResources sql) {

    public Database {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(sql, "sql");
    }

    public static Database of(DataSource dataSource, SqlDialect dialect) {
        return new Database(dataSource, dialect, new SqlResources(dialect));
    }

    /** Runs {@code work} in one transaction: it commits whole or rolls back whole. */
    public <T> T inTransaction(String what, TransactionWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new StoreException(what + " failed: " + e.getMessage(), e);
        }
    }

    /** Runs read-only {@code work} on one connection. */
    public <T> T read(String what, TransactionWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException(what + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Runs each statement of the script {@code name} ({@link SqlResources#script}) on {@code connection}, with
     * {@code value} bound to every parameter of each: for scripts whose statements all take one key.
     */
    public void runScript(Connection connection, String name, String value) throws SQLException {
        for (String statement : sql.script(name)) {
            try (PreparedStatement ps = connection.prepareStatement(statement)) {
                int parameters = ps.getParameterMetaData().getParameterCount();
                for (int i = 1; i <= parameters; i++) {
                    ps.setString(i, value);
                }
                ps.executeUpdate();
            }
        }
    }

    /** Work on a connection that may throw SQLException. */
    @FunctionalInterface
    public interface TransactionWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
