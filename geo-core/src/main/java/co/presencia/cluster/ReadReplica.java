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
    /**
     * The primary's WAL insert position, taken back to the page boundary when it sits just after a page header (24
     * bytes, or 40 at a segment's start): then the last record ended at that boundary, which is where the replica's
     * replay position stops, and the position would otherwise stay out of reach until the primary writes again (an
     * idle primary after a segment switch).
     */
    private static final String PRIMARY_POSITION = """
            SELECT (CASE WHEN o IN (24, 40) THEN l - o ELSE l END)::text
            FROM (SELECT l, (l - '0/0'::pg_lsn) % current_setting('wal_block_size')::int AS o
                  FROM (SELECT pg_current_wal_insert_lsn() AS l) AS insert_position) AS in_page""";
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
        String why;
        try {
            Connection connection = replica.getConnection();
            try {
                why = awaitReplay(connection, position);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
            if (why == null) {
                fromReplica.incrementAndGet();
                return connection;
            }
            connection.close();
        } catch (SQLException e) {
            why = "the replica cannot be read: " + e.getMessage();
        }
        return fallback(why);
    }

    /** Null once {@code connection}'s replica has replayed {@code position}; else why the primary must answer. */
    private String awaitReplay(Connection connection, String position) throws SQLException {
        long deadline = System.nanoTime() + maxWait.toNanos();
        while (!replayed(connection, position)) {
            if (System.nanoTime() > deadline) {
                return "the replica has not replayed " + position + " after " + maxWait.toMillis() + " ms";
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted while waiting for the replica";
            }
        }
        return null;
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
