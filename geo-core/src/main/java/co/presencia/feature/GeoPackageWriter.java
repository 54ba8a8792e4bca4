package co.presencia.feature;

import co.presencia.work.CallerScope;
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
 * collection, named after its id with {@code -} replaced by {@code _}, geometry column {@code geom} in the requested
 * {@link FeatureCrs} (EPSG:4326 for CRS84; x = longitude or easting, as GeoPackage always orders them) as
 * GeoPackage binary with an envelope, attributes typed TEXT / INTEGER / REAL / BOOLEAN. Text is UTF-8, as SQLite
 * stores it. Each table has the R-tree spatial index of the RTree Spatial Indexes extension ({@code
 * rtree_<table>_geom}, registered in {@code gpkg_extensions}, with the extension's triggers, which GDAL and QGIS
 * run when a user edits the file), so GIS clients filter by extent without building one.
 */
public final class GeoPackageWriter {

    private static final String RTREE = "gpkg_rtree_index";
    private static final String RTREE_DEFINITION = "http://www.geopackage.org/spec120/#extension_rtree";

    /** One layer: a collection's metadata and the features to write, in order. */
    public record Layer(CollectionMetadata metadata, List<Feature> features) {
    }

    private GeoPackageWriter() {
    }

    /** Writes {@code layers} into a new file {@code target} (which must not exist), in EPSG:4326. */
    public static void write(Path target, List<Layer> layers) {
        write(target, layers, FeatureCrs.CRS84);
    }

    /** Writes {@code layers} into a new file {@code target} (which must not exist), coordinates in {@code crs}. */
    public static void write(Path target, List<Layer> layers, FeatureCrs crs) {
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
                try (PreparedStatement p = c.prepareStatement("INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, 'EPSG', ?, ?, ?)")) {
                    for (FeatureCrs srs : crs.srid() == FeatureCrs.EPSG_4326.srid() ? List.of(FeatureCrs.EPSG_4326)
                            : List.of(FeatureCrs.EPSG_4326, crs)) {
                        p.setString(1, CrsWkt.name(srs));
                        p.setInt(2, srs.srid());
                        p.setInt(3, srs.srid());
                        p.setString(4, CrsWkt.ogc(srs));
                        p.setString(5, srs.title());
                        p.executeUpdate();
                    }
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
                s.execute("CREATE TABLE gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, "
                        + "definition TEXT NOT NULL, scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))");
            }
            for (Layer layer : layers) {
                writeLayer(c, layer, crs);
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write GeoPackage " + target + ": " + e.getMessage(), e);
        }
    }

    /** The GeoPackage as bytes in EPSG:4326 (written through a temporary file, which is removed). */
    public static byte[] toBytes(List<Layer> layers) {
        return toBytes(layers, FeatureCrs.CRS84);
    }

    /** The GeoPackage as bytes, coordinates in {@code crs} (written through a temporary file, which is removed). */
    public static byte[] toBytes(List<Layer> layers, FeatureCrs crs) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("presencia-gpkg-");
            Path file = dir.resolve("out.gpkg");
            write(file, layers, crs);
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

    private static void writeLayer(Connection c, Layer layer, FeatureCrs crs) throws SQLException {
        CollectionMetadata m = layer.metadata();
        String table = tableName(m);
        StringBuilder ddl = new StringBuilder("CREATE TABLE \"").append(table)
                .append("\" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom ").append(m.geometry().sqlName());
        StringBuilder insert = new StringBuilder("INSERT INTO \"").append(table).append("\" (fid, geom");
        StringBuilder values = new StringBuilder(" VALUES (?, ?");
        for (PropertyDefinition p : m.properties()) {
            ddl.append(", \"").append(p.name()).append("\" ").append(sqlType(p.type()));
            insert.append(", \"").append(p.name()).append('"');
            values.append(", ?");
        }
        ddl.append(')');
        insert.append(')').append(values).append(')');
        List<Geometry> geometries = layer.features().stream().map(f -> f.geometry() == null ? null : crs.project(f.geometry())).toList();
        Envelope extent = new Envelope();
        geometries.forEach(g -> {
            if (g != null) {
                extent.expandToInclude(g.getEnvelopeInternal());
            }
        });
        try (Statement s = c.createStatement()) {
            s.execute(ddl.toString());
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, "
                + "min_x, min_y, max_x, max_y, srs_id) VALUES (?, 'features', ?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, table);
            p.setString(2, m.title());
            p.setString(3, m.description() + " " + m.attribution());
            p.setDouble(4, extent.getMinX());
            p.setDouble(5, extent.getMinY());
            p.setDouble(6, extent.getMaxX());
            p.setDouble(7, extent.getMaxY());
            p.setInt(8, crs.srid());
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, ?, 0, 0)")) {
            p.setString(1, table);
            p.setString(2, m.geometry().sqlName());
            p.setInt(3, crs.srid());
            p.executeUpdate();
        }
        insertFeatures(c, insert.toString(), m, layer.features(), geometries, crs.srid());
        spatialIndex(c, table, geometries);
    }

    private static void insertFeatures(Connection c, String insert, CollectionMetadata m, List<Feature> features,
                                       List<Geometry> geometries, int srid) throws SQLException {
        WKBWriter wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN);
        try (PreparedStatement p = c.prepareStatement(insert)) {
            for (int fid = 1; fid <= features.size(); fid++) {
                CallerScope.checkpoint();
                Feature f = features.get(fid - 1);
                Geometry g = geometries.get(fid - 1);
                p.setInt(1, fid);
                if (g == null) {
                    p.setNull(2, Types.BLOB);
                } else {
                    p.setBytes(2, geopackageBinary(g, wkb, srid));
                }
                int i = 3;
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

    /**
     * The RTree Spatial Indexes extension (GeoPackage 1.2, F.3): the virtual table filled with each feature's
     * envelope, its row in {@code gpkg_extensions}, and the triggers that keep it in step with edits (created after
     * the rows, as they call the {@code ST_*} functions GeoPackage clients provide and plain SQLite has not).
     */
    private static void spatialIndex(Connection c, String table, List<Geometry> geometries) throws SQLException {
        String rtree = "rtree_" + table + "_geom";
        try (Statement s = c.createStatement()) {
            s.execute("CREATE VIRTUAL TABLE \"" + rtree + "\" USING rtree(id, minx, maxx, miny, maxy)");
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO \"" + rtree + "\" VALUES (?, ?, ?, ?, ?)")) {
            for (int fid = 1; fid <= geometries.size(); fid++) {
                Geometry g = geometries.get(fid - 1);
                if (g == null || g.isEmpty()) {
                    continue;
                }
                Envelope e = g.getEnvelopeInternal();
                p.setInt(1, fid);
                p.setDouble(2, e.getMinX());
                p.setDouble(3, e.getMaxX());
                p.setDouble(4, e.getMinY());
                p.setDouble(5, e.getMaxY());
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO gpkg_extensions VALUES (?, 'geom', ?, ?, 'write-only')")) {
            p.setString(1, table);
            p.setString(2, RTREE);
            p.setString(3, RTREE_DEFINITION);
            p.executeUpdate();
        }
        String t = "\"" + table + "\"";
        String r = "\"" + rtree + "\"";
        String values = "VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom))";
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TRIGGER \"" + rtree + "_insert\" AFTER INSERT ON " + t
                    + " WHEN (NEW.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom)) BEGIN INSERT OR REPLACE INTO " + r + " " + values + "; END");
            s.execute("CREATE TRIGGER \"" + rtree + "_update1\" AFTER UPDATE OF geom ON " + t
                    + " WHEN OLD.fid = NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom)) BEGIN INSERT OR REPLACE INTO "
                    + r + " " + values + "; END");
            s.execute("CREATE TRIGGER \"" + rtree + "_update2\" AFTER UPDATE OF geom ON " + t
                    + " WHEN OLD.fid = NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom)) BEGIN DELETE FROM " + r
                    + " WHERE id = OLD.fid; END");
            s.execute("CREATE TRIGGER \"" + rtree + "_update3\" AFTER UPDATE ON " + t
                    + " WHEN OLD.fid != NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom)) BEGIN DELETE FROM " + r
                    + " WHERE id = OLD.fid; INSERT OR REPLACE INTO " + r + " " + values + "; END");
            s.execute("CREATE TRIGGER \"" + rtree + "_update4\" AFTER UPDATE ON " + t
                    + " WHEN OLD.fid != NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom)) BEGIN DELETE FROM " + r
                    + " WHERE id IN (OLD.fid, NEW.fid); END");
            s.execute("CREATE TRIGGER \"" + rtree + "_delete\" AFTER DELETE ON " + t
                    + " WHEN OLD.geom NOT NULL BEGIN DELETE FROM " + r + " WHERE id = OLD.fid; END");
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
    static byte[] geopackageBinary(Geometry g, WKBWriter wkb, int srid) {
        byte[] body = wkb.write(g);
        Envelope e = g.getEnvelopeInternal();
        ByteBuffer b = ByteBuffer.allocate(8 + 32 + body.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) 0b0000_0011);
        b.putInt(srid);
        b.putDouble(e.getMinX()).putDouble(e.getMaxX()).putDouble(e.getMinY()).putDouble(e.getMaxY());
        b.put(body);
        return b.array();
    }
}
