package co.presencia.feature;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.h2gis.functions.factory.H2GISFunctions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/** Unzips the archive and reads it back with H2GIS's own Shapefile reader (an independent implementation). */
class ShapefileWriterTest {

    @TempDir
    Path dir;

    @Test
    void zipHoldsTheFiveFilesWithUtf8DeclaredInTheCpg() throws Exception {
        List<String> names = unzip();
        assertThat(names).containsExactly("test_units.shp", "test_units.shx", "test_units.dbf", "test_units.prj", "test_units.cpg");
        assertThat(Files.readString(dir.resolve("test_units.cpg"))).isEqualTo("UTF-8");
        assertThat(Files.readString(dir.resolve("test_units.prj"))).startsWith("GEOGCS[\"GCS_WGS_1984\"");
    }

    @Test
    void anotherReaderGetsTheFeaturesAccentsAndRingOrientation() throws Exception {
        unzip();
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:shp" + System.nanoTime())) {
            H2GISFunctions.load(c);
            try (Statement s = c.createStatement()) {
                s.execute("CALL SHPREAD('" + dir.resolve("test_units.shp") + "', 'UNITS')");
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM UNITS")) {
                    r.next();
                    assertThat(r.getInt(1)).isEqualTo(4);
                }
                try (ResultSet r = s.executeQuery("SELECT NOMBRE, POBLACION, PART, PDET FROM UNITS WHERE COD = '27001'")) {
                    assertThat(r.next()).isTrue();
                    assertThat(r.getString(1)).isEqualTo("Quibdó \"capital\" ñandú");
                    assertThat(r.getObject(2)).isNull();
                    assertThat(r.getDouble(3)).isEqualTo(1.5);
                    assertThat(r.getBoolean(4)).isTrue();
                }
                try (ResultSet r = s.executeQuery("SELECT THE_GEOM FROM UNITS WHERE COD = '94343'")) {
                    assertThat(r.next()).isTrue();
                    Geometry g = (Geometry) r.getObject(1);
                    assertThat(g.getArea()).isEqualTo(4.0 - 0.5);
                    Polygon p = (Polygon) g.getGeometryN(0);
                    assertThat(p.getNumInteriorRing()).isEqualTo(1);
                }
            }
        }
        // The raw shapefile stores outer rings clockwise: check the first ring of the first record directly.
        byte[] shp = Files.readAllBytes(dir.resolve("test_units.shp"));
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(shp).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int numPoints = b.getInt(100 + 8 + 4 + 32 + 4);
        org.locationtech.jts.geom.Coordinate[] ring = new org.locationtech.jts.geom.Coordinate[numPoints];
        int at = 100 + 8 + 4 + 32 + 8 + 4;
        for (int i = 0; i < numPoints; i++) {
            ring[i] = new org.locationtech.jts.geom.Coordinate(b.getDouble(at + 16 * i), b.getDouble(at + 16 * i + 8));
        }
        assertThat(Orientation.isCCW(ring)).isFalse();
    }

    @Test
    void longTextIsCutAtACharacterBoundary() {
        String text = "ñ".repeat(200);
        byte[] cut = ShapefileWriter.truncated(text);
        assertThat(cut.length).isLessThanOrEqualTo(254);
        assertThat(new String(cut, StandardCharsets.UTF_8)).isEqualTo("ñ".repeat(127));
    }

    /**
     * Why we write Shapefiles ourselves (ADR 0011): H2GIS's SHPWRITE, given UTF-8, writes no .cpg and turns a text
     * over 254 bytes into NULL. When an upgrade fixes both, this fails: revisit the ADR.
     */
    @Test
    void h2gisShpwriteStillWritesNoCpgAndLosesLongText() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:shpwrite" + System.nanoTime())) {
            H2GISFunctions.load(c);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE T (THE_GEOM GEOMETRY(POINT, 4326), NOMBRE VARCHAR)");
                s.execute("INSERT INTO T VALUES (ST_GeomFromText('POINT (-75 6)', 4326), '" + "ñ".repeat(200) + "')");
                s.execute("CALL SHPWRITE('" + dir.resolve("h2gis.shp") + "', 'T', 'UTF-8')");
                s.execute("CALL SHPREAD('" + dir.resolve("h2gis.shp") + "', 'BACK', 'UTF-8')");
                try (ResultSet r = s.executeQuery("SELECT NOMBRE FROM BACK")) {
                    assertThat(r.next()).isTrue();
                    assertThat(r.getString(1)).as("H2GIS keeps no text over 254 bytes").isNull();
                }
            }
        }
        assertThat(dir.resolve("h2gis.dbf")).exists();
        assertThat(dir.resolve("h2gis.cpg")).as("H2GIS declares no encoding").doesNotExist();
    }

    @Test
    void writesTheRequestedCrsAndItsPrj() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ShapefileWriter.writeZip(out, FeatureFixtures.METADATA, FeatureFixtures.features(), FeatureCrs.EPSG_9377);
        java.util.Map<String, byte[]> files = new java.util.HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                files.put(e.getName(), zip.readAllBytes());
            }
        }
        assertThat(new String(files.get("test_units.prj"), java.nio.charset.StandardCharsets.US_ASCII))
                .startsWith("PROJCS[\"MAGNA-SIRGAS_Origen-Nacional\"").contains("\"Central_Meridian\",-73.0");
        // The header's bounding box (x min at byte 36, little-endian) is in metres of Origen-Nacional.
        double minX = java.nio.ByteBuffer.wrap(files.get("test_units.shp"), 36, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN).getDouble();
        assertThat(minX).isBetween(4_700_000.0, 4_800_000.0);
    }

    private List<String> unzip() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ShapefileWriter.writeZip(out, FeatureFixtures.METADATA, FeatureFixtures.features());
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
                Files.write(dir.resolve(e.getName()), zip.readAllBytes());
            }
        }
        return names;
    }
}
