package co.presencia.spatial.sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.h2gis.functions.factory.H2GISFunctions;

/**
 * The one seam between H2GIS and PostGIS. It holds only what differs: the migration and SQL folders (a statement
 * in {@code sql/<dialect>/} overrides the one in {@code sql/common/}), and the H2GIS function registration.
 * Everything else (WKB in and out, {@code ST_Intersects}, {@code &&}) is the same SQL on both.
 */
public enum SqlDialect {
    H2GIS("h2gis"),
    POSTGIS("postgis");

    private final String folder;

    SqlDialect(String folder) {
        this.folder = folder;
    }

    public String folder() {
        return folder;
    }

    public static SqlDialect fromJdbcUrl(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:")) {
            return H2GIS;
        }
        if (lower.startsWith("jdbc:postgresql")) {
            return POSTGIS;
        }
        throw new IllegalArgumentException("Unsupported database URL (expected jdbc:h2: or jdbc:postgresql:): "
                + url.replaceAll("password=[^&;]*", "password=***"));
    }

    /** Makes the spatial functions available: registers H2GIS's functions once per database; checks PostGIS. */
    public void prepare(Connection connection) throws SQLException {
        if (this == H2GIS) {
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery(
                         "SELECT COUNT(*) FROM INFORMATION_SCHEMA.ROUTINES WHERE ROUTINE_NAME = 'ST_INTERSECTS'")) {
                rs.next();
                if (rs.getInt(1) == 0) {
                    H2GISFunctions.load(connection);
                }
            }
        } else {
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM pg_extension WHERE extname = 'postgis'")) {
                rs.next();
                if (rs.getInt(1) == 0) {
                    throw new SQLException("The PostGIS extension is not installed in this database: "
                            + "CREATE EXTENSION postgis (as a superuser) first");
                }
            }
        }
    }
}
