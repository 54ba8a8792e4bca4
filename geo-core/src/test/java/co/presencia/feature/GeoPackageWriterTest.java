package co.presencia.feature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads the written GeoPackage back with plain SQLite, as any reader would. */
class GeoPackageWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesAGeoPackageWithItsMetadataTablesAndUtf8Text() throws Exception {
        Path file = dir.resolve("units.gpkg");
        GeoPackageWriter.write(file, List.of(new GeoPackageWriter.Layer(FeatureFixtures.METADATA, FeatureFixtures.features())));
        byte[] bytes = Files.readAllBytes(file);
        assertThat(new String(bytes, 0, 15, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("SQLite format 3");
        // application_id 'GPKG' at offset 68, big-endian.
        assertThat(new String(bytes, 68, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("GPKG");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT table_name, data_type, srs_id FROM gpkg_contents")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("test_units");
                assertThat(r.getString(2)).isEqualTo("features");
                assertThat(r.getInt(3)).isEqualTo(4326);
            }
            try (ResultSet r = s.executeQuery("SELECT geometry_type_name FROM gpkg_geometry_columns WHERE table_name = 'test_units'")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("MULTIPOLYGON");
            }
            try (ResultSet r = s.executeQuery("SELECT count(*), sum(pdet) FROM test_units")) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(4);
                assertThat(r.getInt(2)).isEqualTo(2);
            }
            try (ResultSet r = s.executeQuery("SELECT name, population, share, geom FROM test_units WHERE code = '27001'")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("Quibdó \"capital\" ñandú");
                assertThat(r.getObject(2)).isNull();
                assertThat(r.getDouble(3)).isEqualTo(1.5);
                byte[] geom = r.getBytes(4);
                assertThat(new String(geom, 0, 2, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("GP");
            }
        }
    }

    @Test
    void writesTheRtreeSpatialIndexAndTheRequestedCrs() throws Exception {
        Path file = dir.resolve("units-9377.gpkg");
        GeoPackageWriter.write(file, List.of(new GeoPackageWriter.Layer(FeatureFixtures.METADATA, FeatureFixtures.features())),
                FeatureCrs.EPSG_9377);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT srs_id FROM gpkg_spatial_ref_sys WHERE srs_id > 0 ORDER BY srs_id")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getInt(1)).isEqualTo(4326);
                assertThat(r.next()).isTrue();
                assertThat(r.getInt(1)).isEqualTo(9377);
            }
            try (ResultSet r = s.executeQuery("SELECT g.srs_id, c.srs_id, c.min_x, c.max_y FROM gpkg_geometry_columns g "
                    + "JOIN gpkg_contents c USING (table_name)")) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(9377);
                assertThat(r.getInt(2)).isEqualTo(9377);
                // Easting of 75°W near the equator, northing of 1°N: metres of Origen-Nacional.
                assertThat(r.getDouble(3)).isBetween(4_700_000.0, 4_800_000.0);
                assertThat(r.getDouble(4)).isBetween(1_500_000.0, 1_700_000.0);
            }
            try (ResultSet r = s.executeQuery("SELECT table_name, column_name, extension_name, scope FROM gpkg_extensions")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1) + " " + r.getString(2) + " " + r.getString(3) + " " + r.getString(4))
                        .isEqualTo("test_units geom gpkg_rtree_index write-only");
            }
            // The index holds one box per feature, and a box query finds the feature that is there (05001, fid 1).
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM rtree_test_units_geom")) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(4);
            }
            try (ResultSet r = s.executeQuery("SELECT t.code FROM test_units t JOIN rtree_test_units_geom i ON i.id = t.fid "
                    + "WHERE i.minx <= 4780000 AND i.maxx >= 4780000 AND i.miny <= 1500000 AND i.maxy >= 1400000 ORDER BY t.code")) {
                List<String> codes = new java.util.ArrayList<>();
                while (r.next()) {
                    codes.add(r.getString(1));
                }
                assertThat(codes).contains("05001").doesNotContain("27001");
            }
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rtree_test_units_geom_%'")) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(6);
            }
        }
    }
}
