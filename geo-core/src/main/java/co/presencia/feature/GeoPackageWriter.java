package co.presencia.feature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;

/**
 * Writes feature collections as an OGC GeoPackage 1.2 file (SQLite via sqlite-jdbc): one feature table per
 * collection, named after its id with {@code -} replaced by {@code _}, geometry column {@code geom} in EPSG:4326
 * (x = longitude) as GeoPackage binary with an envelope, attributes typed TEXT / INTEGER / REAL / BOOLEAN. Text is
 * UTF-8, as SQLite stores it. No spatial index (RTree) is written: the layers are small and GDAL/QGIS build
 * their own when they need one.
 */
public final class GeoPackageWriter {

    private static final String WGS84_WKT = "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,"
            + "AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],"
            + "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4326\"]]";

    /** One layer: a collection's metadata and the features to write, in order. */
    public record Layer(CollectionMetadata metadata, List<Feature> features) {
    }

    private GeoPackageWriter() {
    }

    /** Writes {@code layers} into a new file {@code target} (which must not exist). */
    public static void write(Path target, List<Layer> layers) {
        if (Files.exists(target)) {
            throw new IllegalArgumentException(target + " already exists");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + target.toAbsolutePath())) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA application_id = 1196444487"); // 'GPKG'
                s.execute("PRAGMA user_version = 10200");
                s.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, "
                        + "organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT)");
                s.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system')");
                s.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system')");
                try (PreparedStatement p = c.prepareStatement("INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84 geodetic', 4326, 'EPSG', 4326, ?, 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid')")) {
                    p.setString(1, WGS84_WKT);
                    p.executeUpdate();
                }
                s.execute("CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE, "
                        + "description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), "
                        + "min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER, "
                        + "CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))");
                s.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, "
                        + "geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, "
                        + "CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), CONSTRAINT uk_gc_table_name UNIQUE (table_name), "
                        + "CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name), "
                        + "CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))");
            }
            for (Layer layer : layers) {
                writeLayer(c, layer);
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write GeoPackage " + target + ": " + e.getMessage(), e);
        }
    }

    /** The GeoPackage as bytes (written through a temporary file, which is removed). */
    public static byte[] toBytes(List<Layer> layers) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("presencia-gpkg-");
            Path file = dir.resolve("out.gpkg");
            write(file, layers);
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (dir != null) {
                try (var files = Files.list(dir)) {
                    for (Path p : files.toList()) {
                        Files.deleteIfExists(p);
                    }
                    Files.deleteIfExists(dir);
                } catch (IOException ignored) {
                    // a temp file left behind is harmless
                }
            }
        }
    }

    /** The table name for a collection id: {@code pdet-subregions} → {@code pdet_subregions}. */
    public static String tableName(CollectionMetadata metadata) {
        return metadata.id().replace('-', '_');
    }

    private static void writeLayer(Connection c, Layer layer) throws SQLException {
        CollectionMetadata m = layer.metadata();
        String table = tableName(m);
        StringBuilder ddl = new StringBuilder("CREATE TABLE \"").append(table)
                .append("\" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom ").append(m.geometry().sqlName());
        StringBuilder insert = new StringBuilder("INSERT INTO \"").append(table).append("\" (geom");
        StringBuilder values = new StringBuilder(" VALUES (?");
        for (PropertyDefinition p : m.properties()) {
            ddl.append(", \"").append(p.name()).append("\" ").append(sqlType(p.type()));
            insert.append(", \"").append(p.name()).append('"');
            values.append(", ?");
        }
        ddl.append(')');
        insert.append(')').append(values).append(')');
        Envelope extent = new Envelope();
        layer.features().forEach(f -> {
            if (f.geometry() != null) {
                extent.expandToInclude(f.geometry().getEnvelopeInternal());
            }
        });
        try (Statement s = c.createStatement()) {
            s.execute(ddl.toString());
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, "
                + "min_x, min_y, max_x, max_y, srs_id) VALUES (?, 'features', ?, ?, ?, ?, ?, ?, 4326)")) {
            p.setString(1, table);
            p.setString(2, m.title());
            p.setString(3, m.description() + " " + m.attribution());
            p.setDouble(4, extent.getMinX());
            p.setDouble(5, extent.getMinY());
            p.setDouble(6, extent.getMaxX());
            p.setDouble(7, extent.getMaxY());
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, 4326, 0, 0)")) {
            p.setString(1, table);
            p.setString(2, m.geometry().sqlName());
            p.executeUpdate();
        }
        WKBWriter wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN);
        try (PreparedStatement p = c.prepareStatement(insert.toString())) {
            for (Feature f : layer.features()) {
                if (f.geometry() == null) {
                    p.setNull(1, Types.BLOB);
                } else {
                    p.setBytes(1, geopackageBinary(f.geometry(), wkb));
                }
                int i = 2;
                for (PropertyDefinition d : m.properties()) {
                    Object v = f.property(d.name());
                    if (v == null) {
                        p.setNull(i, Types.NULL);
                    } else {
                        switch (d.type()) {
                            case STRING -> p.setString(i, v.toString());
                            case INTEGER -> p.setLong(i, ((Number) v).longValue());
                            case NUMBER -> p.setDouble(i, ((Number) v).doubleValue());
                            case BOOLEAN -> p.setInt(i, Boolean.TRUE.equals(v) ? 1 : 0);
                        }
                    }
                    i++;
                }
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private static String sqlType(PropertyType type) {
        return switch (type) {
            case STRING -> "TEXT";
            case INTEGER -> "INTEGER";
            case NUMBER -> "REAL";
            case BOOLEAN -> "BOOLEAN";
        };
    }

    /** GeoPackage binary: "GP", version 0, flags (little endian, xy envelope), srs_id, envelope, WKB. */
    static byte[] geopackageBinary(Geometry g, WKBWriter wkb) {
        byte[] body = wkb.write(g);
        Envelope e = g.getEnvelopeInternal();
        ByteBuffer b = ByteBuffer.allocate(8 + 32 + body.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) 0b0000_0011);
        b.putInt(4326);
        b.putDouble(e.getMinX()).putDouble(e.getMaxX()).putDouble(e.getMinY()).putDouble(e.getMaxY());
        b.put(body);
        return b.array();
    }
}
