package co.presencia.cli;

import co.presencia.application.Presencia;
import co.presencia.application.PresenciaSettings;
import co.presencia.reference.ReferenceLoading;
import co.presencia.spatial.sql.SqlDialect;
import co.presencia.spatial.sql.StoreException;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The application core on the database, for one command: {@link Presencia#open} as the server opens it, on a small
 * connection pool that closes with it.
 */
record Store(HikariDataSource dataSource, Presencia presencia) implements AutoCloseable {

    /**
     * Opens the database at {@code url} (the embedded H2GIS file under {@link Invocation#home()} when null), migrates
     * it and reads its reference territory; the files under {@code dataDir} are read only when it holds none.
     */
    static Store open(Invocation invocation, String url, Path dataDir) {
        String jdbcUrl = url == null || url.isBlank() ? embeddedUrl(invocation.home()) : url;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        SqlDialect dialect = SqlDialect.fromJdbcUrl(jdbcUrl);
        String user = invocation.env().get("SPRING_DATASOURCE_USERNAME");
        config.setUsername(user != null ? user : dialect == SqlDialect.H2GIS ? "sa" : null);
        String password = invocation.env().get("SPRING_DATASOURCE_PASSWORD");
        config.setPassword(password != null ? password : dialect == SqlDialect.H2GIS ? "" : null);
        config.setMaximumPoolSize(4);
        config.setPoolName("presencia-cli");
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("No se pudo abrir la base de datos: " + e.getMessage(), e);
        }
        try {
            // Whatever the server stored (its groups and thresholds) is the truth: the files are read only when this
            // database has no territory yet.
            Presencia presencia = Presencia.open(dataSource, PresenciaSettings.defaults(dataDir), ReferenceLoading.PREFER_STORED);
            return new Store(dataSource, presencia);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /** The file {@code scripts/run} serves, with {@code AUTO_SERVER=TRUE} so both can use it at once (ADR 0008). */
    private static String embeddedUrl(Path home) {
        Path directory = home.toAbsolutePath();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "jdbc:h2:file:" + directory.resolve("presencia") + ";AUTO_SERVER=TRUE";
    }

    @Override
    public void close() {
        presencia.close();
        dataSource.close();
    }
}
