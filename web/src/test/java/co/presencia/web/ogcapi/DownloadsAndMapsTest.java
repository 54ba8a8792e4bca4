package co.presencia.web.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The download and static-map endpoints over HTTP; the maps are saved under web/target/maps/ to be looked at. */
class DownloadsAndMapsTest extends OgcServerTestSupport {

    @Test
    void geoJsonDownloadTakesCrsAndBbox() {
        Response r = get("/api/v1/downloads/municipalities.geojson?bbox=-82,12,-81,14&crs=http://www.opengis.net/def/crs/EPSG/0/9377");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Crs")).isEqualTo("<http://www.opengis.net/def/crs/EPSG/0/9377>");
        tools.jackson.databind.JsonNode file = r.json();
        assertThat(file.path("crs").path("properties").path("name").asString()).isEqualTo("urn:ogc:def:crs:EPSG::9377");
        assertThat(file.path("features").size()).isEqualTo(2);
        // Easting first, as GIS files order coordinates: San Andrés lies some 900 km west of the central meridian.
        tools.jackson.databind.JsonNode first = file.path("features").get(0).path("geometry").path("coordinates").get(0).get(0).get(0);
        assertThat(first.get(0).asDouble()).isBetween(3_900_000.0, 4_200_000.0);
        assertThat(first.get(1).asDouble()).isBetween(2_800_000.0, 3_100_000.0);
        Response rfc = get("/api/v1/downloads/departments.geojson?crs=http://www.opengis.net/def/crs/EPSG/0/4326");
        assertThat(rfc.json().has("crs")).as("EPSG:4326 and CRS84 files are RFC 7946 GeoJSON").isFalse();
        Response bad = get("/api/v1/downloads/municipalities.geojson?bbox=1,2,3");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
        assertThat(bad.body()).contains("bbox");
    }

    @Test
    void geoPackageDownloadHoldsTheFilteredMunicipalities() throws Exception {
        Response r = get("/api/v1/downloads/municipalities.gpkg?department_code=05");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).isEqualTo("application/geopackage+sqlite3");
        assertThat(r.header("Content-Disposition")).contains("municipalities.gpkg");
        Path file = Files.createTempFile("presencia-", ".gpkg");
        Files.write(file, r.bytes());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*), max(name = 'Medellín') FROM municipalities")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(125);
            assertThat(rs.getInt(2)).isEqualTo(1);
        }
        Files.delete(file);
    }

    @Test
    void shapefileDownloadIsAZipWithACpg() throws Exception {
        Response r = get("/api/v1/downloads/pdet-subregions.shp.zip");
        assertThat(r.status()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(r.bytes()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
                if (e.getName().endsWith(".cpg")) {
                    assertThat(new String(zip.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("UTF-8");
                }
            }
        }
        assertThat(names).containsExactlyInAnyOrder("pdet_subregions.shp", "pdet_subregions.shx", "pdet_subregions.dbf",
                "pdet_subregions.prj", "pdet_subregions.cpg");
    }

    @Test
    void downloadErrorsAreProblems() {
        Response unknown = get("/api/v1/downloads/municipalities.gpkg?colour=red");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
        assertThat(get("/api/v1/downloads/veredas.gpkg").status()).isEqualTo(404);
        assertThat(get("/api/v1/downloads/municipalities.kml").status()).isEqualTo(404);
        assertThat(get("/api/v1/downloads/municipalities.gpkg?year=1990").status()).isEqualTo(400);
    }

    @Test
    void staticMapsArePngAndSvg() throws Exception {
        Path out = Path.of("target", "maps");
        Files.createDirectories(out);
        Response png = get("/api/v1/maps/municipalities.png?value=density_km2&year=2023&classes=5&method=quantiles&width=900");
        assertThat(png.status()).as(png.body()).isEqualTo(200);
        assertThat(png.header("Content-Type")).isEqualTo("image/png");
        Files.write(out.resolve("endpoint-municipalities-density.png"), png.bytes());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.bytes()));
        assertThat(image.getWidth()).isEqualTo(900);

        Response svg = get("/api/v1/maps/municipalities.svg?value=population&department_code=05&method=jenks&ramp=blues");
        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.header("Content-Type")).startsWith("image/svg+xml");
        assertThat(svg.body()).startsWith("<?xml").contains("<svg").contains("125 unidades");
        Files.write(out.resolve("endpoint-antioquia-population.svg"), svg.bytes());

        Response departments = get("/api/v1/maps/departments.png?value=population&ramp=ylgnbu");
        assertThat(departments.status()).isEqualTo(200);
        Files.write(out.resolve("endpoint-departments-population.png"), departments.bytes());
    }

    @Test
    void mapErrorsAreProblems() {
        assertThat(get("/api/v1/maps/municipalities.png?value=name").status()).isEqualTo(400);
        assertThat(get("/api/v1/maps/municipalities.png?classes=12").status()).isEqualTo(400);
        assertThat(get("/api/v1/maps/municipalities.png?method=random").status()).isEqualTo(400);
        assertThat(get("/api/v1/maps/municipalities.gif").status()).isEqualTo(404);
        assertThat(get("/api/v1/maps/municipalities.png?department_code=00").status()).isEqualTo(400);
    }
}
