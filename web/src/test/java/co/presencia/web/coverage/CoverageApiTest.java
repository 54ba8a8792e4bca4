package co.presencia.web.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.intervention.demo.DemoDatasetGenerator;
import co.presencia.testing.ReferenceData;
import co.presencia.web.testing.Http;
import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The coverage API over HTTP on the demo dataset imported through the API: figures, filters, downloads (CSV with
 * BOM and its es-CO variant, XLSX, GeoJSON), targets (public reads, admin writes), summary and OpenAPI.
 * The figures themselves are checked against independent SQL in geo-core's CoverageAgreementContract.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoverageApiTest {

    static final String USER = "admin";
    static final String PASSWORD = "clave-de-prueba-2";

    @LocalServerPort
    int port;
    Http http;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws java.io.IOException {
        Path dir = Files.createTempDirectory("presencia-coverage-api-");
        Path targets = dir.resolve("metas.csv");
        Files.writeString(targets, """
                id,name,indicator,group,year,axis,program,size,department,value,dataset
                municipios,Municipios 2023,MUNICIPALITIES_REACHED,,2023,,,,,600,
                ecb,10 % en ECB,FOCUS_PERCENT,ecb,2023,,,,,10,
                """, StandardCharsets.UTF_8);
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dir.resolve("presencia").toAbsolutePath());
        registry.add("presencia.data-dir", () -> ReferenceData.shapefiles().toString());
        registry.add("presencia.admin.user", () -> USER);
        registry.add("presencia.admin.password", () -> PASSWORD);
        registry.add("presencia.targets-file", targets::toString);
    }

    @BeforeAll
    void importTheDemoThroughTheApi() throws Exception {
        http = new Http(port);
        Path demo = Files.createTempFile("demo-", ".csv");
        new DemoDatasetGenerator(ReferenceData.catalog(), DemoDatasetGenerator.DEFAULT_SEED).write(demo);
        assertThat(http.put("/api/v1/datasets/demo", "{\"name\":\"Demo (sintético)\",\"synthetic\":true}", USER, PASSWORD).statusCode())
                .isIn(200, 201);
        HttpResponse<String> imported = http.upload("/api/v1/datasets/demo/imports?wait=true&acceptPartial=true", demo, USER, PASSWORD);
        assertThat(imported.statusCode()).as(imported.body()).isIn(200, 201);
    }

    @Test
    void headlineNamesItsDenominatorAndDataset() {
        String body = http.get("/api/v1/coverage?year=2023").body();
        assertThat((Integer) JsonPath.read(body, "$.headline.municipalities.of")).isEqualTo(1121);
        assertThat((Integer) JsonPath.read(body, "$.denominator.units")).isEqualTo(1121);
        assertThat((Integer) JsonPath.read(body, "$.headline.pdetMunicipalities.of")).isEqualTo(170);
        assertThat((Integer) JsonPath.read(body, "$.headline.beneficiaries")).isGreaterThan(19_000);
        assertThat((Boolean) JsonPath.read(body, "$.dataset.synthetic")).isTrue();
        assertThat((String) JsonPath.read(body, "$.source")).contains("sintéticos");
    }

    @Test
    void filtersNarrowTheFigures() {
        int all = JsonPath.read(http.get("/api/v1/coverage?year=2023").body(), "$.headline.interventions");
        int calidad = JsonPath.read(http.get("/api/v1/coverage?year=2023&axis=calidad").body(), "$.headline.interventions");
        int calidadMicro = JsonPath.read(http.get("/api/v1/coverage?year=2023&axis=calidad&size=micro").body(), "$.headline.interventions");
        int narino = JsonPath.read(http.get("/api/v1/coverage?year=2023&department=52").body(), "$.headline.interventions");
        assertThat(calidad).isPositive().isLessThan(all);
        assertThat(calidadMicro).isPositive().isLessThan(calidad);
        assertThat(narino).isPositive().isLessThan(all);
        int narinoRows = JsonPath.read(http.get("/api/v1/coverage/departments?year=2023&department=52").body(), "$.count");
        assertThat(narinoRows).isEqualTo(1);
        assertThat(http.get("/api/v1/coverage?axis=nope").statusCode()).isEqualTo(400);
        // An unknown dataset is a bad value of the 'dataset' parameter: 400 on every adapter (it was a 404 here and a
        // 400 on the OGC collections before the selection parser was shared).
        assertThat(http.get("/api/v1/coverage?dataset=nope").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/v1/coverage?dataset=nope").body()).contains("\"parameter\":\"dataset\"");
        assertThat(http.get("/api/v1/coverage/groups/nope").statusCode()).isEqualTo(404);
    }

    @Test
    void departmentSharesAndMunicipalTablesAgree() {
        String departments = http.get("/api/v1/coverage/departments?year=2023").body();
        List<Integer> perDepartment = JsonPath.read(departments, "$.items[*].beneficiaries");
        int national = JsonPath.read(departments, "$.beneficiaries");
        // A beneficiary counts once per department it was reached in: the sum is at least the national total.
        assertThat(perDepartment.stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(national);
        String municipalities = http.get("/api/v1/coverage/municipalities?year=2023&reachedOnly=true").body();
        int reached = JsonPath.read(municipalities, "$.municipalitiesReached");
        assertThat((Integer) JsonPath.read(municipalities, "$.count")).isEqualTo(reached);
        assertThat((Integer) JsonPath.read(municipalities, "$.items[0].rank")).isEqualTo(1);
    }

    @Test
    void csvDownloadsHaveABomAndTheSpanishVariantUsesSemicolonsAndDecimalCommas() {
        HttpResponse<byte[]> csv = http.getBytes("/api/v1/coverage/departments?year=2023&format=csv");
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("attachment"));
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFcode,name,beneficiaries,share");
        assertThat(text).contains("\"Bogotá, D.C.\"");
        String es = new String(http.getBytes("/api/v1/coverage/departments?year=2023&format=csv-es").body(), StandardCharsets.UTF_8);
        assertThat(es).startsWith("\uFEFFcode;name;beneficiaries;share").contains(";Bogotá, D.C.;").containsPattern(";0,\\d+;");
    }

    @Test
    void xlsxAndGeoJsonDownloads() throws Exception {
        HttpResponse<byte[]> xlsx = http.getBytes("/api/v1/coverage/municipalities?year=2023&department=05&format=xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("code");
            assertThat(sheet.getLastRowNum()).isEqualTo(125);
        }
        String geojson = new String(http.getBytes("/api/v1/coverage/departments?year=2023&format=geojson").body(), StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(geojson, "$.type")).isEqualTo("FeatureCollection");
        assertThat((List<?>) JsonPath.read(geojson, "$.features")).hasSize(33);
        assertThat((String) JsonPath.read(geojson, "$.features[0].geometry.type")).isEqualTo("MultiPolygon");
    }

    @Test
    void targetsFromConfigurationAndFromTheAdministrator() {
        String body = http.get("/api/v1/targets").body();
        List<Map<String, Object>> items = JsonPath.read(body, "$.items");
        assertThat(items).extracting(i -> i.get("id")).contains("municipios", "ecb");
        Map<String, Object> ecb = items.stream().filter(i -> i.get("id").equals("ecb")).findFirst().orElseThrow();
        assertThat(ecb.get("status")).isEqualTo("NO_DATA");
        Map<String, Object> municipios = items.stream().filter(i -> i.get("id").equals("municipios")).findFirst().orElseThrow();
        assertThat(municipios.get("status")).isIn("MET", "NOT_MET");
        assertThat(((Number) municipios.get("achieved")).intValue())
                .isEqualTo((Integer) JsonPath.read(http.get("/api/v1/coverage?year=2023").body(), "$.headline.municipalities.reached"));

        String pdetTarget = "{\"id\":\"pdet-focus\",\"name\":\"10 % PDET\",\"indicator\":\"FOCUS_PERCENT\",\"group\":\"pdet\",\"year\":[\"2023\"],\"value\":10}";
        assertThat(http.postJson("/api/v1/targets", pdetTarget, null, null).statusCode()).isEqualTo(401);
        HttpResponse<String> created = http.postJson("/api/v1/targets", pdetTarget, USER, PASSWORD);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat((String) JsonPath.read(created.body(), "$.status")).isEqualTo("MET");
        assertThat(http.put("/api/v1/targets/municipios", pdetTarget, USER, PASSWORD).statusCode()).isEqualTo(409);
        assertThat(http.postJson("/api/v1/targets", "{\"id\":\"x\",\"indicator\":\"NOPE\",\"year\":[\"2023\"],\"value\":1}", USER, PASSWORD).statusCode())
                .isEqualTo(400);
        assertThat(http.delete("/api/v1/targets/pdet-focus", USER, PASSWORD).statusCode()).isEqualTo(204);
    }

    @Test
    void summaryGapsYearOverYearAndOpenApi() {
        String summary = http.get("/api/v1/summary?year=2023").body();
        String first = JsonPath.read(summary, "$.summary.paragraphs[0]");
        assertThat(first).startsWith("En 2023,").contains("1.121").contains("PDET");
        assertThat((String) JsonPath.read(http.get("/api/v1/summary?year=2023&lang=en").body(), "$.summary.paragraphs[0]"))
                .startsWith("In 2023,").contains("1,121");
        String gaps = http.get("/api/v1/coverage/gaps/zomac?year=2023").body();
        assertThat((List<?>) JsonPath.read(gaps, "$.gaps.borderingReached")).isNotEmpty();
        assertThat((Integer) JsonPath.read(http.get("/api/v1/coverage/year-over-year?from=2022&to=2023").body(), "$.yearOverYear.to"))
                .isEqualTo(2023);
        String openapi = http.get("/v3/api-docs").body();
        assertThat((String) JsonPath.read(openapi, "$.info.title")).isEqualTo("Presencia API");
        assertThat(((Map<String, Object>) JsonPath.read(openapi, "$.paths")).keySet()).contains("/api/v1/coverage", "/api/v1/coverage/departments",
                "/api/v1/coverage/municipalities", "/api/v1/coverage/groups/{group}", "/api/v1/coverage/gaps/{group}",
                "/api/v1/targets", "/api/v1/summary");
    }
}
