package co.presencia.application;

import co.presencia.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

class PostgisImportProcessesIT extends ImportProcessesContract {

    private String url;

    @Override
    protected String url() {
        if (url == null) {
            String base = TestDatabases.postgisUrl();
            String schema = "p_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
            try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public";
        }
        return url;
    }
}
