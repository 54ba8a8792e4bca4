package co.presencia.web.coveragefeatures;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.intervention.DatasetSummary;
import co.presencia.intervention.ImportListener;
import co.presencia.intervention.ImportOptions;
import co.presencia.intervention.ImportStatus;
import co.presencia.web.ogcapi.OgcServerTestSupport;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The coverage and intervention collections over HTTP on the demo dataset: the figures are those of the coverage API
 * for the same filter, parameters are validated as the OGC API requires, ETags follow the stored datasets, the
 * points are counted and paged as SQL says, and downloads and maps work for them (maps saved under
 * {@code web/target/maps/}).
 */
class CoverageCollectionsTest extends OgcServerTestSupport {

    private static final Path MAPS = Path.of("target", "maps");

    @Autowired
    DataSource dataSource;

    private static String encode(String query) {
        // Keeps '=' and '&' and ',' readable; encodes the rest of each value (accents, spaces).
        StringBuilder out = new StringBuilder();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            out.append(out.isEmpty() ? "" : "&").append(pair, 0, eq + 1)
                    .append(URLEncoder.encode(pair.substring(eq + 1), StandardCharsets.UTF_8).replace("%2C", ","));
        }
        return out.toString();
    }

    private JsonNode all(String collection, String query) {
        JsonNode page = ok("/ogc/collections/" + collection + "/items?limit=10000" + (query.isEmpty() ? "" : "&" + encode(query)));
        assertThat(page.path("numberReturned").asInt()).isEqualTo(page.path("numberMatched").asInt());
        return page;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "year=2023", "year=2023&axis=calidad", "year=2022,2023&size=micro,pequena",
            "year=2023&department=52,27", "year=2023&program=Fábricas de Productividad y Sostenibilidad",
            "year=2023&axis=economia-popular&size=unidad-productiva", "year=2019"})
    @DisplayName("municipal-coverage carries exactly the rows of /api/v1/coverage/municipalities for the same filter")
    void municipalFiguresAreThoseOfTheCoverageApi(String query) {
        JsonNode ogc = all("municipal-coverage", query);
        JsonNode api = ok("/api/v1/coverage/municipalities" + (query.isEmpty() ? "" : "?" + encode(query)));
        JsonNode features = ogc.path("features");
        JsonNode rows = api.path("items");
        assertThat(features.size()).isEqualTo(rows.size()).isEqualTo(api.path("count").asInt());
        int reached = 0;
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            JsonNode f = features.get(i);
            JsonNode p = f.path("properties");
            String where = query + " #" + i + " " + row.path("code").asString();
            assertThat(f.path("id").asString()).as(where).isEqualTo(row.path("code").asString());
            assertThat(p.path("code").asString()).as(where).isEqualTo(row.path("code").asString());
            assertThat(p.path("name").asString()).as(where).isEqualTo(row.path("name").asString());
            assertThat(p.path("department_code").asString()).as(where).isEqualTo(row.path("departmentCode").asString());
            assertThat(p.path("department_name").asString()).as(where).isEqualTo(row.path("departmentName").asString());
            assertThat(p.path("beneficiaries").asInt()).as(where).isEqualTo(row.path("beneficiaries").asInt());
            assertThat(p.path("interventions").asInt()).as(where).isEqualTo(row.path("interventions").asInt());
            assertThat(p.path("reached").asBoolean()).as(where).isEqualTo(row.path("reached").asBoolean());
            assertThat(p.path("rank").asInt()).as(where).isEqualTo(row.path("rank").asInt());
            assertSameNumber(p.path("share"), row.path("share"), where);
            assertSameNumber(p.path("population"), row.path("population"), where);
            assertSameNumber(p.path("per10k"), row.path("per10k"), where);
            assertThat(p.path("reporting_year").asInt()).as(where).isEqualTo(api.path("filter").path("reportingYear").asInt());
            assertThat(p.path("dataset").asString()).isEqualTo(DEMO);
            assertThat(p.path("synthetic").asBoolean()).isTrue();
            assertThat(f.path("geometry").path("type").asString()).as(where).isEqualTo("MultiPolygon");
            if (p.path("reached").asBoolean()) {
                reached++;
            }
        }
        assertThat(reached).isEqualTo(api.path("municipalitiesReached").asInt());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "year=2023", "year=2023&axis=productividad,calidad", "year=2023&department=05,11"})
    @DisplayName("department-coverage carries exactly the rows of /api/v1/coverage/departments for the same filter")
    void departmentFiguresAreThoseOfTheCoverageApi(String query) {
        JsonNode features = all("department-coverage", query).path("features");
        JsonNode rows = ok("/api/v1/coverage/departments" + (query.isEmpty() ? "" : "?" + encode(query))).path("items");
        assertThat(features.size()).isEqualTo(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            JsonNode p = features.get(i).path("properties");
            String where = query + " " + row.path("code").asString();
            assertThat(p.path("code").asString()).as(where).isEqualTo(row.path("code").asString());
            assertThat(p.path("name").asString()).as(where).isEqualTo(row.path("name").asString());
            assertThat(p.path("beneficiaries").asInt()).as(where).isEqualTo(row.path("beneficiaries").asInt());
            assertSameNumber(p.path("share"), row.path("share"), where);
            assertThat(p.path("interventions").asInt()).as(where).isEqualTo(row.path("interventions").asInt());
            assertThat(p.path("municipalities_reached").asInt()).as(where).isEqualTo(row.path("municipalitiesReached").asInt());
            assertThat(p.path("municipalities").asInt()).as(where).isEqualTo(row.path("municipalities").asInt());
            assertSameNumber(p.path("population"), row.path("population"), where);
        }
    }

    private static void assertSameNumber(JsonNode ogc, JsonNode api, String where) {
        if (api.isNull() || api.isMissingNode()) {
            assertThat(ogc.isNull()).as(where + ": null").isTrue();
        } else {
            assertThat(ogc.asDouble()).as(where).isEqualTo(api.asDouble());
        }
    }

    @Test
    @DisplayName("2023 has the 1,121 units in force; 94343 Barrancominas carries Mapiripana's territory, as in municipalities")
    void theReportingYearFixesTheUnitsAndTheirGeometry() {
        assertThat(ok("/ogc/collections/municipal-coverage/items?year=2023&limit=1").path("numberMatched").asInt()).isEqualTo(1121);
        assertThat(ok("/ogc/collections/municipal-coverage/items?year=2019&limit=1").path("numberMatched").asInt()).isEqualTo(1122);
        assertThat(ok("/ogc/collections/department-coverage/items?limit=1").path("numberMatched").asInt()).isEqualTo(33);
        String coverage = get("/ogc/collections/municipal-coverage/items/94343?year=2023").body();
        String territory = get("/ogc/collections/municipalities/items/94343?year=2023").body();
        assertThat(geometryOf(coverage)).isEqualTo(geometryOf(territory));
        assertThat(get("/ogc/collections/municipal-coverage/items/94663?year=2023").status()).isEqualTo(404);
        assertThat(get("/ogc/collections/municipal-coverage/items/94663?year=2019").status()).isEqualTo(200);
    }

    private static String geometryOf(String feature) {
        return JSON.readTree(feature).path("geometry").toString();
    }

    @Test
    @DisplayName("filters on queryables and bbox apply to the coverage features")
    void queryablesAndBboxFilterCoverageFeatures() {
        JsonNode reached = ok("/ogc/collections/municipal-coverage/items?year=2023&reached=true&limit=1");
        JsonNode api = ok("/api/v1/coverage/municipalities?year=2023&reachedOnly=true");
        assertThat(reached.path("numberMatched").asInt()).isEqualTo(api.path("count").asInt());
        JsonNode antioquia = ok("/ogc/collections/municipal-coverage/items?year=2023&department_code=05&limit=1");
        assertThat(antioquia.path("numberMatched").asInt()).isEqualTo(125);
        JsonNode islands = ok("/ogc/collections/municipal-coverage/items?year=2023&bbox=-82,12,-81,14");
        assertThat(islands.path("numberMatched").asInt()).isEqualTo(2);
        JsonNode pdet = ok("/ogc/collections/municipal-coverage/items?year=2023&pdet=true&limit=1");
        assertThat(pdet.path("numberMatched").asInt()).isEqualTo(170);
    }

    @Test
    @DisplayName("/req/core/query-param-invalid: a bad coverage parameter is a 400 OGC exception naming it")
    void badCoverageParametersAre400() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("axis=quality2", "axis");
        cases.put("year=20x3", "year");
        cases.put("year=1990", "year");
        cases.put("size=enorme", "size");
        cases.put("department=5a", "department");
        cases.put("dataset=no-existe", "dataset");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            for (String collection : List.of("municipal-coverage", "department-coverage")) {
                Response r = get("/ogc/collections/" + collection + "/items?" + c.getKey());
                assertThat(r.status()).as(c.getKey()).isEqualTo(400);
                assertThat(r.header("Content-Type")).startsWith("application/json");
                assertThat(r.json().path("code").asString()).as(c.getKey()).isEqualTo("InvalidParameterValue");
                assertThat(r.json().path("description").asString()).as(c.getKey()).contains("'" + c.getValue() + "'");
            }
        }
        assertThat(get("/ogc/collections/interventions/items?dataset=no-existe").status()).isEqualTo(400);
        assertThat(get("/ogc/collections/municipal-coverage/items?axis=calidad&axis=productividad").status()).isEqualTo(400);
        Response download = get("/api/v1/downloads/municipal-coverage.gpkg?axis=quality2");
        assertThat(download.status()).isEqualTo(400);
        assertThat(download.header("Content-Type")).startsWith("application/problem+json");
        assertThat(get("/api/v1/maps/municipal-coverage.png?value=beneficiaries&size=enorme").status()).isEqualTo(400);
    }

    @Test
    @DisplayName("/req/oas30/completeness: the coverage parameters are in the OpenAPI document, lists as form arrays")
    void coverageParametersAreDocumented() {
        JsonNode parameters = ok("/ogc/api").path("paths").path("/collections/municipal-coverage/items").path("get").path("parameters");
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        parameters.forEach(p -> {
            if (p.has("name")) {
                byName.put(p.path("name").asString(), p);
            }
        });
        assertThat(byName).containsKeys("dataset", "year", "axis", "program", "size", "department", "department_code", "reached");
        JsonNode axis = byName.get("axis");
        assertThat(axis.path("style").asString()).isEqualTo("form");
        assertThat(axis.path("explode").asBoolean()).isFalse();
        assertThat(axis.path("schema").path("type").asString()).isEqualTo("array");
        List<String> axes = new ArrayList<>();
        axis.path("schema").path("items").path("enum").forEach(v -> axes.add(v.asString()));
        assertThat(axes).contains("productividad", "encadenamientos", "calidad", "sofisticacion");
        assertThat(byName.get("program").path("schema").path("type").asString()).isEqualTo("string");
        assertThat(byName.get("department").path("schema").path("items").path("enum").size()).isEqualTo(33);
    }

    @Test
    @DisplayName("the collection document keeps the coverage parameters in its links; GDAL repeats them on /ogc and /ogc/api")
    void collectionParametersAreKeptInLinksAndToleratedOnDocuments() {
        JsonNode c = ok("/ogc/collections/municipal-coverage?year=2023&axis=calidad");
        assertThat(link(c, "items", "application/geo+json")).endsWith("/items?f=json&year=2023&axis=calidad");
        assertThat(link(c, "enclosure", "application/geopackage+sqlite3")).endsWith(".gpkg?year=2023&axis=calidad");
        assertThat(get("/ogc?year=2023&axis=calidad").status()).isEqualTo(200);
        assertThat(get("/ogc/api?year=2023&axis=calidad").status()).isEqualTo(200);
        assertThat(get("/ogc?colour=red").status()).isEqualTo(400);
        assertThat(get("/ogc/collections/municipalities?axis=calidad").status()).isEqualTo(400);
    }

    @Test
    @DisplayName("ETags follow the stored datasets: a dataset created, re-imported or deleted, by any process, changes them")
    void versionsFollowTheStoredDatasets() throws IOException {
        String items = "/ogc/collections/municipal-coverage/items?year=2023&limit=5";
        String before = get(items).header("ETag");
        String pointsBefore = get("/ogc/collections/interventions/items?limit=5").header("ETag");
        assertThat(before).isNotNull();
        Response cached = getWith(items, "If-None-Match", before);
        assertThat(cached.status()).isEqualTo(304);

        // An import straight into the store (as the command line does on the shared database): no event in this JVM.
        String id = "prueba-etag";
        try {
            importCsv(id, """
                    id_registro,id_beneficiario,anio,instrumento,eje,tamano_empresa,cod_municipio
                    E-1,B-1,2023,SENAInnova,calidad,micro,05001
                    E-2,B-2,2023,SENAInnova,calidad,micro,05001
                    """);
            String afterImport = get(items).header("ETag");
            assertThat(afterImport).isNotEqualTo(before);
            assertThat(get("/ogc/collections/interventions/items?limit=5").header("ETag")).isNotEqualTo(pointsBefore);
            assertThat(getWith(items, "If-None-Match", before).status()).isEqualTo(200);
            assertThat(ok("/ogc/collections/municipal-coverage/items/05001?dataset=" + id + "&year=2023")
                    .path("properties").path("beneficiaries").asInt()).isEqualTo(2);

            // Re-imported with other content: the figures and the tag change, without a DatasetChangedEvent.
            importCsv(id, """
                    id_registro,id_beneficiario,anio,instrumento,eje,tamano_empresa,cod_municipio
                    E-1,B-1,2023,SENAInnova,calidad,micro,05001
                    E-2,B-1,2023,SENAInnova,calidad,micro,05001
                    E-3,B-3,2023,SENAInnova,calidad,micro,11001
                    """);
            assertThat(get(items).header("ETag")).isNotEqualTo(afterImport).isNotEqualTo(before);
            assertThat(ok("/ogc/collections/municipal-coverage/items/05001?dataset=" + id + "&year=2023")
                    .path("properties").path("beneficiaries").asInt()).isEqualTo(1);
            assertThat(ok("/api/v1/coverage/municipalities?dataset=" + id + "&year=2023&reachedOnly=true").path("count").asInt())
                    .isEqualTo(2);
        } finally {
            interventions.deleteDataset(id);
        }
        // Back to the same stored state: the same tag again.
        assertThat(get(items).header("ETag")).isEqualTo(before);
    }

    private void importCsv(String dataset, String csv) throws IOException {
        Path file = Files.createTempFile("presencia-etag-", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        assertThat(presencia.imports().importNow(file, ImportOptions.of(dataset, "prueba.csv").withReplace(true), ImportListener.NONE)
                .status()).isEqualTo(ImportStatus.IMPORTED);
        Files.delete(file);
    }

    private Response getWith(String path, String header, String value) {
        try {
            java.net.http.HttpResponse<byte[]> r = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(url(path))).header(header, value).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            return new Response(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Interventions.

    private long sqlCount(String where, Object... values) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM intervention WHERE dataset_id = ? "
                     + "AND longitude IS NOT NULL AND latitude IS NOT NULL AND geom IS NOT NULL" + where)) {
            ps.setString(1, DEMO);
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 2, values[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("interventions: every stored point once, in pages, as many as SQL counts; none without coordinates")
    void interventionsArePagedAsSqlCounts() {
        long expected = sqlCount("");
        DatasetSummary demo = interventions.dataset(DEMO).orElseThrow();
        assertThat(expected).isBetween(1_000L, demo.interventions() - 1);
        Set<String> ids = new HashSet<>();
        List<String> order = new ArrayList<>();
        String next = "/ogc/collections/interventions/items?limit=1000";
        int pages = 0;
        while (next != null) {
            JsonNode page = ok(next);
            assertThat(page.path("numberMatched").asLong()).isEqualTo(expected);
            page.path("features").forEach(f -> {
                assertThat(ids.add(f.path("id").asString())).isTrue();
                order.add(f.path("id").asString());
                assertThat(f.path("geometry").path("type").asString()).isEqualTo("Point");
            });
            String href = link(page, "next", "application/geo+json");
            next = href == null ? null : local(href);
            pages++;
        }
        assertThat(ids).hasSize((int) expected);
        assertThat(pages).isEqualTo((int) Math.ceil(expected / 1000.0));
        assertThat(order).isSortedAccordingTo(String::compareTo);
    }

    @Test
    @DisplayName("interventions publish no beneficiary id, amount, sector or focus")
    void interventionsCarryOnlyPublishableProperties() {
        JsonNode f = ok("/ogc/collections/interventions/items?limit=1").path("features").get(0);
        List<String> names = new ArrayList<>(f.path("properties").propertyNames());
        assertThat(names).containsExactly("record_id", "year", "program", "axis", "size", "municipality_code",
                "municipality_name", "department_code", "department_name", "placement", "dataset", "synthetic");
        assertThat(f.toString()).doesNotContainIgnoringCase("beneficiar").doesNotContain("monto").doesNotContain("amount");
        String id = f.path("id").asString();
        JsonNode one = ok("/ogc/collections/interventions/items/" + id);
        assertThat(one.path("properties").path("record_id").asString()).isEqualTo(id);
        double[] lonLat = {one.path("geometry").path("coordinates").get(0).asDouble(), one.path("geometry").path("coordinates").get(1).asDouble()};
        assertThat(lonLat[0]).isBetween(-82.0, -66.0);
        assertThat(lonLat[1]).isBetween(-4.3, 13.5);
    }

    @Test
    @DisplayName("interventions: bbox and filters are answered in SQL and agree with a separate SQL count")
    void interventionsBboxAndFiltersAgreeWithSql() throws SQLException {
        assertThat(ok("/ogc/collections/interventions/items?bbox=-76,5,-74,7&limit=1").path("numberMatched").asLong())
                .isEqualTo(sqlCount(" AND longitude BETWEEN -76 AND -74 AND latitude BETWEEN 5 AND 7"));
        assertThat(ok("/ogc/collections/interventions/items?year=2023&department_code=05&limit=1").path("numberMatched").asLong())
                .isEqualTo(sqlCount(" AND report_year = 2023 AND municipality_code LIKE '05%'"));
        assertThat(ok("/ogc/collections/interventions/items?axis=productividad&size=micro&limit=1").path("numberMatched").asLong())
                .isEqualTo(sqlCount(" AND axis = 'PRODUCTIVIDAD' AND company_size = 'MICRO'"));
        assertThat(ok("/ogc/collections/interventions/items?placement=POINT_SWAPPED&limit=1").path("numberMatched").asLong())
                .isEqualTo(sqlCount(" AND placement = 'POINT_SWAPPED'"));
        assertThat(ok("/ogc/collections/interventions/items?axis=quality&limit=1").path("numberMatched").asLong()).isZero();
        assertThat(ok("/ogc/collections/interventions/items?year=dos&limit=1").path("numberMatched").asLong()).isZero();
        String withoutPoint;
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT MIN(record_id) FROM intervention WHERE dataset_id = 'demo' AND longitude IS NULL")) {
            rs.next();
            withoutPoint = rs.getString(1);
        }
        assertThat(get("/ogc/collections/interventions/items/" + withoutPoint).status()).isEqualTo(404);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Downloads and maps.

    @Test
    @DisplayName("downloads: the 2023 municipal coverage GeoPackage has 1,121 rows; the points GeoJSON as many as SQL")
    void downloadsOfCoverageAndPoints() throws Exception {
        Response gpkg = get("/api/v1/downloads/municipal-coverage.gpkg?year=2023&axis=calidad");
        assertThat(gpkg.status()).isEqualTo(200);
        Path file = Files.createTempFile("presencia-coverage-", ".gpkg");
        Files.write(file, gpkg.bytes());
        int reached = ok("/api/v1/coverage/municipalities?year=2023&axis=calidad").path("municipalitiesReached").asInt();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT count(*), sum(reached), max(dataset), sum(synthetic) FROM municipal_coverage")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1121);
            assertThat(rs.getInt(2)).isEqualTo(reached);
            assertThat(rs.getString(3)).isEqualTo(DEMO);
            assertThat(rs.getInt(4)).isEqualTo(1121);
        }
        Files.delete(file);
        JsonNode points = JSON.readTree(get("/api/v1/downloads/interventions.geojson").body());
        assertThat((long) points.path("features").size()).isEqualTo(sqlCount(""));
        Response shp = get("/api/v1/downloads/department-coverage.shp.zip?year=2023");
        assertThat(shp.status()).isEqualTo(200);
    }

    @Test
    @DisplayName("maps of coverage figures render (looked at: web/target/maps/coverage-*.png)")
    void coverageMapsRender() throws Exception {
        Files.createDirectories(MAPS);
        Response municipal = get("/api/v1/maps/municipal-coverage.png?value=beneficiaries&year=2023");
        assertThat(municipal.status()).as(municipal.body()).isEqualTo(200);
        Files.write(MAPS.resolve("coverage-municipal-beneficiaries-2023.png"), municipal.bytes());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(municipal.bytes()));
        assertThat(image.getWidth()).isEqualTo(1000);
        Response departments = get("/api/v1/maps/department-coverage.png?value=beneficiaries&year=2023&ramp=ylgnbu&classes=6");
        assertThat(departments.status()).isEqualTo(200);
        Files.write(MAPS.resolve("coverage-department-beneficiaries-2023.png"), departments.bytes());
        Response svg = get("/api/v1/maps/municipal-coverage.svg?value=per10k&year=2023&axis=calidad&method=jenks");
        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.body()).contains("<svg").contains("Beneficiarios por 10.000 habitantes")
                .contains("datos sintéticos de demostración");
        Files.write(MAPS.resolve("coverage-municipal-per10k-calidad-2023.svg"), svg.bytes());
        // Points are not a choropleth: a 400 problem, not a server error.
        Response points = get("/api/v1/maps/interventions.png?value=year");
        assertThat(points.status()).isEqualTo(400);
        assertThat(points.body()).contains("polygons");
    }
}
