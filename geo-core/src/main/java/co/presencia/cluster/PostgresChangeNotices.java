package co.presencia.cluster;

import co.presencia.spatial.sql.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ChangeNotices} over PostgreSQL {@code LISTEN/NOTIFY}: {@link #publish} sends {@code pg_notify} on its own
 * (auto-committed) statement, so the notice leaves once the change it follows has committed; {@link #listen} keeps
 * one connection of the pool on a daemon thread that waits for notices half a second at a time and checks the
 * connection every ten seconds. When that connection breaks the listener is told {@link Listener#missed()} and the
 * thread reconnects (after 1 s, then up to 10 s between tries), telling {@code missed()} again once it hears again,
 * since notices sent meanwhile are lost. A notice names its sender, so a process ignores its own.
 */
public final class PostgresChangeNotices implements ChangeNotices {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresChangeNotices.class);
    private static final int WAIT_MILLIS = 500;
    private static final Duration CHECK_EVERY = Duration.ofSeconds(10);

    private final Database database;
    private final String sender = UUID.randomUUID().toString().substring(0, 12);
    private volatile boolean listening;
    private volatile boolean closed;
    private Thread thread;

    public PostgresChangeNotices(Database database) {
        this.database = database;
    }

    /** Sends the notice; a failure is logged, never raised (the change itself committed; others recheck in time). */
    @Override
    public void publish(String datasetId) {
        try {
            database.read("Announcing that dataset " + datasetId + " changed", connection -> {
                try (PreparedStatement ps = connection.prepareStatement(database.sql().get("cluster/notify"))) {
                    ps.setString(1, sender + " " + datasetId);
                    ps.execute();
                }
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("Could not tell the other instances that dataset {} changed: {}", datasetId, e.getMessage());
        }
    }

    @Override
    public synchronized void listen(Listener listener) {
        if (thread != null) {
            throw new IllegalStateException("Already listening");
        }
        thread = new Thread(() -> run(listener), "presencia-change-notices");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public boolean listening() {
        return listening;
    }

    @Override
    public void close() {
        closed = true;
        Thread running;
        synchronized (this) {
            running = thread;
        }
        if (running != null) {
            running.interrupt();
            try {
                running.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run(Listener listener) {
        long backoffMillis = 1000;
        while (!closed) {
            try (Connection connection = database.dataSource().getConnection()) {
                hear(connection, listener);
                backoffMillis = 1000;
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    break;
                }
                LOG.warn("Not hearing dataset change notices ({}); figures are checked against the store until it is back",
                        e.getMessage());
            } finally {
                if (listening) {
                    listening = false;
                    listener.missed();
                }
            }
            sleep(backoffMillis);
            backoffMillis = Math.min(10_000, backoffMillis * 2);
        }
    }

    /** Listens on {@code connection} until it breaks or the notices are closed. */
    private void hear(Connection connection, Listener listener) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.setAutoCommit(true);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(database.sql().get("cluster/listen"));
        }
        PGConnection postgres = connection.unwrap(PGConnection.class);
        listening = true;
        listener.missed();
        LOG.info("Hearing dataset change notices from the other instances");
        long nextCheck = System.nanoTime() + CHECK_EVERY.toNanos();
        while (!closed) {
            PGNotification[] notices = postgres.getNotifications(WAIT_MILLIS);
            if (notices != null) {
                for (PGNotification notice : notices) {
                    deliver(notice.getParameter(), listener);
                }
            }
            if (System.nanoTime() > nextCheck) {
                if (!connection.isValid(5)) {
                    throw new SQLException("the listening connection no longer answers");
                }
                nextCheck = System.nanoTime() + CHECK_EVERY.toNanos();
            }
        }
    }

    private void deliver(String payload, Listener listener) {
        int space = payload == null ? -1 : payload.indexOf(' ');
        if (space < 0 || payload.substring(0, space).equals(sender)) {
            return;
        }
        String datasetId = payload.substring(space + 1);
        try {
            listener.changed(datasetId);
        } catch (RuntimeException e) {
            LOG.warn("Dropping what is kept of dataset {} failed: {}", datasetId, e.getMessage());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
