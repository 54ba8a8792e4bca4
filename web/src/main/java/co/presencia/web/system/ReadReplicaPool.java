package co.presencia.web.system;

import co.presencia.cluster.ReadReplica;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * The optional PostgreSQL hot standby for the read-heavy paths ({@link ReadReplica}), configured by
 * {@code presencia.read-replica.url} (with {@code .username}, {@code .password}, {@code .max-wait}, default 2 s): a
 * read-only pool of its own, closed with the application. Deliberately not a {@link DataSource} bean, so Spring's
 * own data source (the primary) stays the only one.
 */
public final class ReadReplicaPool implements AutoCloseable {

    private final HikariDataSource pool;
    private final ReadReplica readReplica;

    ReadReplicaPool(DataSource primary, String url, String username, String password, Duration maxWait) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        if (username != null && !username.isBlank()) {
            config.setUsername(username);
        }
        if (password != null && !password.isEmpty()) {
            config.setPassword(password);
        }
        config.setReadOnly(true);
        config.setMaximumPoolSize(16);
        config.setPoolName("presencia-read-replica");
        // Start even when the replica is down: readers then fall back to the primary, after at most the wait they
        // would give a lagging replica (Hikari's own default is 30 s for a connection).
        config.setInitializationFailTimeout(-1);
        config.setConnectionTimeout(Math.max(250, maxWait.toMillis()));
        config.addDataSourceProperty("connectTimeout", Long.toString(Math.max(1, maxWait.toSeconds())));
        this.pool = new HikariDataSource(config);
        this.readReplica = new ReadReplica(primary, pool, maxWait);
    }

    public ReadReplica readReplica() {
        return readReplica;
    }

    @Override
    public void close() {
        pool.close();
    }
}
