package co.presencia.cluster;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;

/**
 * The read-heavy paths' data source when a PostgreSQL hot standby serves them: every connection handed out is the
 * replica's only once the replica has replayed everything the primary had written when the connection was asked for
 * (its WAL insert position), so a reader never sees data older than the primary's at that moment — an import that
 * committed before is always in what it reads. Otherwise (the replica lags beyond {@code maxWait}, or cannot be
 * reached) the connection is the primary's. The wait is a poll of {@code pg_last_wal_replay_lsn()} on the very
 * connection that is then handed out.
 *
 * <p>For reads only: what the connection is used for must not write (a hot standby refuses writes anyway).
 */
public final class ReadReplica implements DataSource {

    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(ReadReplica.class);
    private static final String PRIMARY_POSITION = "SELECT pg_current_wal_insert_lsn()::text";
    private static final String REPLAYED = "SELECT COALESCE(pg_last_wal_replay_lsn() >= ?::pg_lsn, FALSE)";
    private static final long POLL_MILLIS = 5;

    private final DataSource primary;
    private final DataSource replica;
    private final Duration maxWait;
    private final AtomicLong fromReplica = new AtomicLong();
    private final AtomicLong fromPrimary = new AtomicLong();

    /** @param maxWait how long a reader waits for the replica to catch up before reading from the primary */
    public ReadReplica(DataSource primary, DataSource replica, Duration maxWait) {
        this.primary = primary;
        this.replica = replica;
        this.maxWait = maxWait;
    }

    @Override
    public Connection getConnection() throws SQLException {
        String position = primaryPosition();
        long deadline = System.nanoTime() + maxWait.toNanos();
        try {
            Connection connection = replica.getConnection();
            try {
                while (!replayed(connection, position)) {
                    if (System.nanoTime() > deadline) {
                        connection.close();
                        return fallback("the replica has not replayed " + position + " after " + maxWait.toMillis() + " ms");
                    }
                    Thread.sleep(POLL_MILLIS);
                }
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            } catch (InterruptedException e) {
                connection.close();
                Thread.currentThread().interrupt();
                return fallback("interrupted while waiting for the replica");
            }
            fromReplica.incrementAndGet();
            return connection;
        } catch (SQLException e) {
            return fallback("the replica cannot be read: " + e.getMessage());
        }
    }

    /** Connections handed out from the replica so far. */
    public long replicaConnections() {
        return fromReplica.get();
    }

    /** Connections handed out from the primary because the replica lagged or failed. */
    public long primaryConnections() {
        return fromPrimary.get();
    }

    private String primaryPosition() throws SQLException {
        try (Connection connection = primary.getConnection();
             PreparedStatement ps = connection.prepareStatement(PRIMARY_POSITION);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static boolean replayed(Connection connection, String position) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(REPLAYED)) {
            ps.setString(1, position);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private Connection fallback(String why) throws SQLException {
        if (fromPrimary.getAndIncrement() % 100 == 0) {
            LOG.warn("Reading from the primary: {} ({} such reads so far)", why, fromPrimary.get());
        }
        return primary.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("The read replica's connections use its configured credentials");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return primary.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        primary.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        primary.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return primary.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return primary.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("ReadReplica wraps no " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
