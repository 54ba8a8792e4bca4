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

    /**
     * Before migrating: checks that the store can hold geometry. PostGIS needs its extension (created by a superuser
     * beforehand); H2 2 has the GEOMETRY type built in.
     */
    void requireGeometrySupport(Connection connection) throws SQLException {
        if (this == POSTGIS) {
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

    /** After migrating: registers H2GIS's spatial functions once per database (PostGIS has them already). */
    void registerFunctions(Connection connection) throws SQLException {
        if (this == H2GIS) {
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery(
                         "SELECT COUNT(*) FROM INFORMATION_SCHEMA.ROUTINES WHERE ROUTINE_NAME = 'ST_INTERSECTS'")) {
                rs.next();
                if (rs.getInt(1) == 0) {
                    H2GISFunctions.load(connection);
                }
            }
        }
    }
}
