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
}
