package co.presencia.web.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.web.testing.RequiredProgram;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Real GIS clients read the running application: GDAL's {@code ogrinfo} (OAPIF driver, and the downloads as
 * files) and OWSLib, on the territory, the coverage collections of the demo dataset (collection parameters passed
 * in the URL GDAL opens, {@code OAPIF:…/collections/municipal-coverage?year=2023}) and its points. Under
 * {@code CI=true} a missing client is a failure, never a skip.
 */
class GisClientsIT extends OgcServerTestSupport {

    @TempDir
    Path dir;

    @Autowired
    DataSource dataSource;

    private String oapif() {
        return "OAPIF:" + url("/ogc");
    }

    private static void requireOgrinfo() {
        RequiredProgram.require("GDAL ogrinfo", "gdal-bin", "ogrinfo", "--version");
    }

    private static int featureCount(String summary) {
        Matcher m = Pattern.compile("Feature Count: (\\d+)").matcher(summary);
        assertThat(m.find()).as(summary).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static long count(String text, String needle) {
        return Pattern.compile(Pattern.quote(needle)).matcher(text).results().count();
    }

    @Test
    @DisplayName("ogrinfo -so OAPIF:…/ogc municipalities reports 1,123 features (27493 without boundary) and their attributes")
    void ogrinfoSummarisesMunicipalities() {
        requireOgrinfo();
        String summary = ExternalTool.run(List.of("ogrinfo", "-ro", "-so", oapif(), "municipalities"));
        assertThat(featureCount(summary)).isEqualTo(1123);
        assertThat(summary).contains("Geometry: Multi Polygon").contains("code: String").contains("department_code: String")
                .contains("population: Integer").contains("area_km2: Real").contains("pdet: Integer(Boolean)")
                .contains("rurality: String");
    }

    @Test
    @DisplayName("ogrinfo reads every municipality through 12 pages of 100 following the next links")
    void ogrinfoReadsTheWholeCollectionPageByPage() {
        requireOgrinfo();
        String all = ExternalTool.run(List.of("ogrinfo", "-ro", "-al", "-q", "-oo", "PAGE_SIZE=100", oapif(), "municipalities"));
        assertThat(count(all, "OGRFeature(municipalities):")).isEqualTo(1123);
        assertThat(all).contains("name (String) = Medellín").contains("name (String) = San Andrés de Tumaco")
                .contains("department_name (String) = Archipiélago de San Andrés").contains("MULTIPOLYGON (((");
        String filtered = ExternalTool.run(List.of("ogrinfo", "-ro", "-al", "-q", oapif(), "municipalities",
                "-where", "department_code = '05'"));
        assertThat(count(filtered, "OGRFeature(municipalities):")).isEqualTo(125);
        String boxed = ExternalTool.run(List.of("ogrinfo", "-ro", "-al", "-q", oapif(), "municipalities",
                "-spat", "-82", "12", "-81", "14"));
        assertThat(count(boxed, "OGRFeature(municipalities):")).isEqualTo(2);
    }

    @Test
    @DisplayName("ogrinfo -where \"pdet = 1\" (GDAL sends pdet=1) selects the 170 PDET municipalities; 0 all the others")
    void ogrinfoFiltersOnBooleanQueryables() {
        requireOgrinfo();
        String pdet = ExternalTool.run(List.of("ogrinfo", "-ro", "-al", "-q", "-oo", "PAGE_SIZE=1000", oapif(), "municipalities",
                "-where", "pdet = 1"));
        assertThat(count(pdet, "OGRFeature(municipalities):")).isEqualTo(170);
        assertThat(count(pdet, "pdet (Integer(Boolean)) = 1")).isEqualTo(170);
        String other = ExternalTool.run(List.of("ogrinfo", "-ro", "-al", "-q", "-oo", "PAGE_SIZE=1000", oapif(), "municipalities",
                "-where", "pdet = 0"));
        assertThat(count(other, "OGRFeature(municipalities):"))
                .isEqualTo(ok("/ogc/collections/municipalities/items?limit=1").path("numberMatched").asInt() - 170);
        String reached = ExternalTool.run(List.of("ogrinfo", "-ro", "-al", "-q", "-oo", "PAGE_SIZE=1000",
                "OAPIF:" + url("/ogc/collections/municipal-coverage?year=2023"), "municipal-coverage", "-where", "reached = 1"));
        assertThat(count(reached, "OGRFeature(municipal-coverage):"))
                .isEqualTo(ok("/api/v1/coverage/municipalities?year=2023").path("municipalitiesReached").asInt());
    }

    @Test
    @DisplayName("ogrinfo reads departments (33) and pdet-subregions (16)")
    void ogrinfoReadsDepartmentsAndPdetSubregions() {
        requireOgrinfo();
        assertThat(featureCount(ExternalTool.run(List.of("ogrinfo", "-ro", "-so", oapif(), "departments")))).isEqualTo(33);
        String pdet = ExternalTool.run(List.of("ogrinfo", "-ro", "-al", "-q", oapif(), "pdet-subregions"));
        assertThat(count(pdet, "OGRFeature(pdet-subregions):")).isEqualTo(16);
        assertThat(pdet).contains("name (String) = Alto Patía y Norte del Cauca");
    }

    @Test
    @DisplayName("ogrinfo opens the GeoPackage and the zipped Shapefile downloads with counts and accents intact")
    void ogrinfoOpensTheDownloads() throws IOException {
        requireOgrinfo();
        for (String collection : List.of("municipalities", "departments")) {
            Path gpkg = dir.resolve(collection + ".gpkg");
            Files.write(gpkg, get("/api/v1/downloads/" + collection + ".gpkg").bytes());
            int expected = collection.equals("municipalities") ? 1123 : 33;
            assertThat(featureCount(ExternalTool.run(List.of("ogrinfo", "-ro", "-so", gpkg.toString(), collection))))
                    .isEqualTo(expected);
            unzip(get("/api/v1/downloads/" + collection + ".shp.zip").bytes(), dir.resolve(collection));
            Path shp = dir.resolve(collection).resolve(collection + ".shp");
            assertThat(featureCount(ExternalTool.run(List.of("ogrinfo", "-ro", "-so", shp.toString(), collection))))
                    .isEqualTo(expected);
        }
        String gpkg = ExternalTool.run(List.of("ogrinfo", "-ro", "-q", dir.resolve("municipalities.gpkg").toString(),
                "municipalities", "-where", "code = '52001'"));
        assertThat(gpkg).contains("name (String) = Pasto").contains("department_name (String) = Nariño");
        String shp = ExternalTool.run(List.of("ogrinfo", "-ro", "-q", dir.resolve("municipalities/municipalities.shp").toString(),
                "municipalities", "-where", "cod_mpio = '27001'"));
        assertThat(shp).contains("nombre (String) = Quibdó").contains("nom_dpto (String) = Chocó");
        String departments = ExternalTool.run(List.of("ogrinfo", "-ro", "-q", dir.resolve("departments/departments.shp").toString(),
                "departments", "-where", "cod_dpto = '11'"));
        assertThat(departments).contains("Bogotá");
    }

    @Test
    @DisplayName("downloads in CRS84, EPSG:4326, 4686 and 9377 with a bbox: GDAL reads each format's CRS, extent and count")
    void ogrinfoReadsDownloadsInEveryCrsWithABbox() throws IOException {
        requireOgrinfo();
        String bbox = "-76,6,-75,7";
        int expected = ok("/ogc/collections/municipalities/items?limit=1&bbox=" + bbox).path("numberMatched").asInt();
        assertThat(expected).isBetween(20, 200);
        for (String crs : List.of("OGC/1.3/CRS84", "EPSG/0/4326", "EPSG/0/4686", "EPSG/0/9377")) {
            String query = "?bbox=" + bbox + "&crs=http://www.opengis.net/def/crs/" + crs;
            String code = crs.substring(crs.lastIndexOf('/') + 1);
            boolean metres = code.equals("9377");
            for (String format : List.of("gpkg", "shp.zip", "geojson")) {
                Response download = get("/api/v1/downloads/municipalities." + format + query);
                assertThat(download.status()).as(format + query + ": " + download.body()).isEqualTo(200);
                Path file = dir.resolve(code + "-municipalities." + format);
                if (format.equals("shp.zip")) {
                    unzip(download.bytes(), dir.resolve(code + "-shp"));
                    file = dir.resolve(code + "-shp").resolve("municipalities.shp");
                } else {
                    Files.write(file, download.bytes());
                }
                String summary = ExternalTool.run(List.of("ogrinfo", "-ro", "-so", "-al", file.toString()));
                assertThat(featureCount(summary)).as(format + " " + code).isEqualTo(expected);
                Matcher extent = Pattern.compile("Extent: \\((-?[\\d.]+), (-?[\\d.]+)\\)").matcher(summary);
                assertThat(extent.find()).as(summary).isTrue();
                double x = Double.parseDouble(extent.group(1));
                if (metres) {
                    assertThat(summary).as(format).containsPattern("MAGNA-SIRGAS[ _]/?[ _]?Origen-Nacional|EPSG\",9377");
                    assertThat(x).as(format + " easting").isBetween(4_500_000.0, 5_000_000.0);
                } else {
                    assertThat(x).as(format + " " + code + " longitude first").isBetween(-76.6, -75.0);
                    if (code.equals("4686")) {
                        assertThat(summary).as(format).contains("MAGNA");
                    } else {
                        assertThat(summary).as(format).containsPattern("WGS[ _]84|WGS_1984");
                    }
                }
            }
        }
        Response bad = get("/api/v1/downloads/municipalities.gpkg?crs=EPSG:3857");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
        assertThat(bad.body()).contains("crs");
    }

    @Test
    @DisplayName("GDAL sees the GeoPackage download's R-tree spatial index (HasSpatialIndex = 1) and -spat finds the islands through it")
    void ogrinfoSeesTheGeoPackageSpatialIndex() throws IOException {
        requireOgrinfo();
        Path gpkg = dir.resolve("indexed.gpkg");
        Files.write(gpkg, get("/api/v1/downloads/municipalities.gpkg").bytes());
        String index = ExternalTool.run(List.of("ogrinfo", "-ro", "-q", gpkg.toString(), "-sql",
                "SELECT HasSpatialIndex('municipalities', 'geom')"));
        assertThat(index).contains("HasSpatialIndex (Integer) = 1");
        String extensions = ExternalTool.run(List.of("ogrinfo", "-ro", "-q", gpkg.toString(), "-sql",
                "SELECT extension_name FROM gpkg_extensions WHERE table_name = 'municipalities'"));
        assertThat(extensions).contains("gpkg_rtree_index");
        String islands = ExternalTool.run(List.of("ogrinfo", "-ro", "-al", "-q", gpkg.toString(),
                "-spat", "-82", "12", "-81", "14"));
        assertThat(count(islands, "OGRFeature(municipalities):")).isEqualTo(2);
    }

    @Test
    @DisplayName("ogrinfo reads municipal-coverage with collection parameters in the URL: 1,121 units for 2023, filters pushed down")
    void ogrinfoReadsMunicipalCoverage() {
        requireOgrinfo();
        String url = "OAPIF:" + url("/ogc/collections/municipal-coverage?year=2023");
        String summary = ExternalTool.run(List.of("ogrinfo", "-ro", "-so", url, "municipal-coverage"));
        assertThat(featureCount(summary)).isEqualTo(1121);
        assertThat(summary).contains("Geometry: Multi Polygon").contains("beneficiaries: Integer").contains("share: Real")
                .contains("reached: Integer(Boolean)").contains("per10k: Real").contains("pdet: Integer(Boolean)");

        String calidad = "OAPIF:" + url("/ogc/collections/municipal-coverage?year=2023&axis=calidad");
        String all = ExternalTool.run(List.of("ogrinfo", "-ro", "-al", "-q", "-oo", "PAGE_SIZE=200", calidad, "municipal-coverage"));
        assertThat(count(all, "OGRFeature(municipal-coverage):")).isEqualTo(1121);
        int reached = ok("/api/v1/coverage/municipalities?year=2023&axis=calidad").path("municipalitiesReached").asInt();
        assertThat(count(all, "reached (Integer(Boolean)) = 1")).isEqualTo(reached);
        String antioquia = ExternalTool.run(List.of("ogrinfo", "-ro", "-al", "-q", calidad, "municipal-coverage",
                "-where", "department_code = '05'"));
        assertThat(count(antioquia, "OGRFeature(municipal-coverage):")).isEqualTo(125);
        assertThat(antioquia).contains("name (String) = Medellín").doesNotContain("name (String) = Pasto");
    }

    @Test
    @DisplayName("ogrinfo reads department-coverage (33) and interventions (as many points as SQL counts)")
    void ogrinfoReadsDepartmentCoverageAndInterventions() {
        requireOgrinfo();
        assertThat(featureCount(ExternalTool.run(List.of("ogrinfo", "-ro", "-so",
                "OAPIF:" + url("/ogc/collections/department-coverage?year=2023"), "department-coverage")))).isEqualTo(33);
        long points = sqlCount("");
        String summary = ExternalTool.run(List.of("ogrinfo", "-ro", "-so", oapif(), "interventions"));
        assertThat((long) featureCount(summary)).isEqualTo(points);
        assertThat(summary).contains("Geometry: Point").contains("record_id: String").doesNotContain("beneficiary_id:").doesNotContain("amount");
        String all = ExternalTool.run(List.of("ogrinfo", "-ro", "-al", "-q", "-oo", "PAGE_SIZE=1000", oapif(), "interventions"));
        assertThat(count(all, "OGRFeature(interventions):")).isEqualTo(points);
        assertThat(count(all, "POINT (")).isEqualTo(points);
        String filtered = ExternalTool.run(List.of("ogrinfo", "-ro", "-al", "-q", oapif(), "interventions",
                "-where", "department_code = '05'", "-spat", "-76", "5", "-74", "7"));
        assertThat(count(filtered, "OGRFeature(interventions):"))
                .isEqualTo(sqlCount(" AND municipality_code LIKE '05%' AND longitude BETWEEN -76 AND -74 AND latitude BETWEEN 5 AND 7"));
    }

    @Test
    @DisplayName("ogrinfo opens the coverage GeoPackage and zipped Shapefile downloads: 1,121 units for 2023")
    void ogrinfoOpensTheCoverageDownloads() throws IOException {
        requireOgrinfo();
        Path gpkg = dir.resolve("municipal-coverage.gpkg");
        Files.write(gpkg, get("/api/v1/downloads/municipal-coverage.gpkg?year=2023").bytes());
        String summary = ExternalTool.run(List.of("ogrinfo", "-ro", "-so", gpkg.toString(), "municipal_coverage"));
        assertThat(featureCount(summary)).isEqualTo(1121);
        assertThat(summary).contains("beneficiaries: Integer").contains("department_name: String");
        unzip(get("/api/v1/downloads/municipal-coverage.shp.zip?year=2023").bytes(), dir.resolve("municipal-coverage"));
        Path shp = dir.resolve("municipal-coverage").resolve("municipal_coverage.shp");
        assertThat(featureCount(ExternalTool.run(List.of("ogrinfo", "-ro", "-so", shp.toString(), "municipal_coverage"))))
                .isEqualTo(1121);
        String pasto = ExternalTool.run(List.of("ogrinfo", "-ro", "-q", shp.toString(), "municipal_coverage", "-where", "cod_mpio = '52001'"));
        assertThat(pasto).contains("nombre (String) = Pasto").contains("nom_dpto (String) = Nariño");
    }

    private long sqlCount(String where) {
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM intervention WHERE dataset_id = '" + DEMO
                     + "' AND longitude IS NOT NULL AND latitude IS NOT NULL" + where)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("OWSLib lists the collections and fetches items: pages gzip-compressed, pdet=1, a bbox across the antimeridian")
    void owslibListsCollectionsAndFetchesItems() throws IOException {
        RequiredProgram.require("OWSLib under /usr/bin/python3", "python3-owslib", "/usr/bin/python3", "-c", "import owslib.ogcapi.features");
        Path script = dir.resolve("owslib_client.py");
        try (InputStream in = getClass().getResourceAsStream("/ogcapi/owslib_client.py")) {
            Files.write(script, in.readAllBytes());
        }
        String out = ExternalTool.run(List.of("/usr/bin/python3", script.toString(), url("/ogc")));
        JsonNode result = JSON.readTree(out);
        assertThat(texts(result.path("collections"))).containsExactly("municipalities", "departments", "pdet-subregions",
                "municipal-coverage", "department-coverage", "interventions");
        assertThat(texts(result.path("conformance"))).contains(Conformance.CORE, Conformance.GEOJSON, Conformance.CRS);
        assertThat(texts(result.path("page_ids"))).hasSize(5);
        assertThat(result.path("page_matched").asInt()).isEqualTo(1123);
        assertThat(result.path("antioquia_returned").asInt()).isEqualTo(125);
        assertThat(result.path("departments").asInt()).isEqualTo(33);
        assertThat(result.path("medellin").asString()).isEqualTo("Medellín");
        assertThat(texts(result.path("queryables"))).contains("department_code", "pdet", "zomac");
        assertThat(result.path("pdet_as_1").asInt()).isEqualTo(170);
        assertThat(result.path("antimeridian_matched").asInt()).isZero();
        assertThat(result.path("page_encoding").asString()).isEqualTo("gzip");
        assertThat(result.path("page_features").asInt()).isEqualTo(1000);
    }

    private static List<String> texts(JsonNode array) {
        List<String> list = new java.util.ArrayList<>();
        array.forEach(n -> list.add(n.asString()));
        return list;
    }

    private static void unzip(byte[] zip, Path target) throws IOException {
        Files.createDirectories(target);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Files.write(target.resolve(e.getName()), in.readAllBytes());
            }
        }
    }
}
