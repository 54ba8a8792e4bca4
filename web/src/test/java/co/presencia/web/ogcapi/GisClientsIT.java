package co.presencia.web.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Real GIS clients read the running application: GDAL's {@code ogrinfo} (OAPIF driver, and the downloads as
 * files) and OWSLib. Under {@code CI=true} a missing client is a failure, never a skip.
 */
class GisClientsIT extends OgcServerTestSupport {

    @TempDir
    Path dir;

    private String oapif() {
        return "OAPIF:" + url("/ogc");
    }

    private static void requireOgrinfo() {
        ExternalTool.require("GDAL ogrinfo", "gdal-bin", "ogrinfo", "--version");
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
    @DisplayName("ogrinfo -so OAPIF:…/ogc municipalities reports 1,122 features and their attributes")
    void ogrinfoSummarisesMunicipalities() {
        requireOgrinfo();
        String summary = ExternalTool.run(List.of("ogrinfo", "-ro", "-so", oapif(), "municipalities"));
        assertThat(featureCount(summary)).isEqualTo(1122);
        assertThat(summary).contains("Geometry: Multi Polygon").contains("code: String").contains("department_code: String")
                .contains("population: Integer").contains("area_km2: Real").contains("pdet: Integer(Boolean)")
                .contains("rurality: String");
    }

    @Test
    @DisplayName("ogrinfo reads every municipality through 12 pages of 100 following the next links")
    void ogrinfoReadsTheWholeCollectionPageByPage() {
        requireOgrinfo();
        String all = ExternalTool.run(List.of("ogrinfo", "-ro", "-al", "-q", "-oo", "PAGE_SIZE=100", oapif(), "municipalities"));
        assertThat(count(all, "OGRFeature(municipalities):")).isEqualTo(1122);
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
            int expected = collection.equals("municipalities") ? 1122 : 33;
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
    @DisplayName("OWSLib lists the collections and fetches items")
    void owslibListsCollectionsAndFetchesItems() throws IOException {
        ExternalTool.require("OWSLib under /usr/bin/python3", "python3-owslib", "/usr/bin/python3", "-c", "import owslib.ogcapi.features");
        Path script = dir.resolve("owslib_client.py");
        try (InputStream in = getClass().getResourceAsStream("/ogcapi/owslib_client.py")) {
            Files.write(script, in.readAllBytes());
        }
        String out = ExternalTool.run(List.of("/usr/bin/python3", script.toString(), url("/ogc")));
        JsonNode result = JSON.readTree(out);
        assertThat(texts(result.path("collections"))).containsExactly("municipalities", "departments", "pdet-subregions");
        assertThat(texts(result.path("conformance"))).contains(Conformance.CORE, Conformance.GEOJSON, Conformance.CRS);
        assertThat(texts(result.path("page_ids"))).hasSize(5);
        assertThat(result.path("page_matched").asInt()).isEqualTo(1122);
        assertThat(result.path("antioquia_returned").asInt()).isEqualTo(125);
        assertThat(result.path("departments").asInt()).isEqualTo(33);
        assertThat(result.path("medellin").asString()).isEqualTo("Medellín");
        assertThat(texts(result.path("queryables"))).contains("department_code", "pdet", "zomac");
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
