package co.presencia.web.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.intervention.demo.DemoDatasetGenerator;
import co.presencia.testing.ReferenceData;
import co.presencia.web.testing.ApiClient;
import co.presencia.web.testing.Http;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Coverage by sector, the sector filter on every adapter, and coverage beside the economy over HTTP, on the demo
 * dataset. The figures are checked against independent SQL in geo-core's SectorAgreementContract; here, that each
 * adapter takes the parameters, answers the documented shape and names its sources, and refuses bad values clearly.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SectorAndEconomyCoverageApiTest {

    static final String USER = "admin";
    static final String PASSWORD = "clave-de-prueba-3";

    @LocalServerPort
    int port;
    Http http;
    ApiClient api;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws java.io.IOException {
        Path dir = Files.createTempDirectory("presencia-sector-api-");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dir.resolve("presencia").toAbsolutePath());
        registry.add("presencia.data-dir", () -> ReferenceData.shapefiles().toString());
        registry.add("presencia.admin.user", () -> USER);
        registry.add("presencia.admin.password", () -> PASSWORD);
    }

    @BeforeAll
    void importTheDemo() throws Exception {
        http = new Http(port);
        api = new ApiClient(port);
        Path demo = Files.createTempFile("demo-", ".csv");
        new DemoDatasetGenerator(ReferenceData.catalog(), DemoDatasetGenerator.DEFAULT_SEED).write(demo);
        assertThat(http.put("/api/v1/datasets/demo", "{\"name\":\"Demo (sintético)\",\"synthetic\":true}", USER, PASSWORD).statusCode())
                .isIn(200, 201);
        HttpResponse<String> imported = http.upload("/api/v1/datasets/demo/imports?wait=true&acceptPartial=true", demo, USER, PASSWORD);
        assertThat(imported.statusCode()).as(imported.body()).isIn(200, 201);
    }

    @Test
    void coverageBySectionListsEverySectionWithItsFigures() {
        JsonNode body = api.get("/api/v1/coverage/sectors?year=2023").json();
        assertThat(body.get("level").get("id").asString()).isEqualTo("section");
        assertThat(body.get("items")).hasSize(21);
        JsonNode first = body.get("items").get(0);
        List<String> fields = new ArrayList<>();
        first.propertyNames().forEach(fields::add);
        assertThat(fields).containsExactly("code", "name", "interventions", "beneficiaries", "share", "municipalities", "departments");
        assertThat(first.get("beneficiaries").asInt()).isGreaterThan(body.get("items").get(1).get("beneficiaries").asInt() - 1);
        assertThat(body.get("outside").get("uncodedInterventions").asInt()).isGreaterThan(1000);
        assertThat(body.get("source").asString()).contains("sintéticos");
        JsonNode manufacturing = api.get("/api/v1/coverage/sectors?year=2023&level=division&sector=C&reachedOnly=true").json();
        assertThat(manufacturing.get("filter").get("sector").get("id").asString()).isEqualTo("C");
        manufacturing.get("items").forEach(item -> assertThat(Integer.parseInt(item.get("code").asString())).isBetween(10, 33));
        JsonNode classes = api.get("/api/v1/coverage/sectors?year=2023&level=class&sector=C&reachedOnly=true").json();
        assertThat(classes.get("outside").get("unassignedInterventions").asInt()).as("coded as a group (C101, 3210 read as 321)")
                .isGreaterThan(0);
    }

    @Test
    void sectorTablesDownloadForPeopleAndAsGeoJson() {
        HttpResponse<String> csv = http.get("/api/v1/coverage/sectors?year=2023&table=departments&format=csv-es&lang=es");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("Sector (CIIU);todos", "Participación en los beneficiarios del departamento (0–1)");
        HttpResponse<String> geojson = http.get("/api/v1/coverage/sectors?year=2023&table=municipalities&level=ejemplo-ramas-dane"
                + "&format=geojson");
        assertThat(geojson.statusCode()).isEqualTo(200);
        assertThat(geojson.body()).contains("\"sectorCode\":\"industria\"", "\"MultiPolygon\"");
        assertThat(http.get("/api/v1/coverage/sectors?year=2023&table=nope").statusCode()).isEqualTo(400);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "/api/v1/coverage?year=2023&sector=C",
        "/api/v1/coverage/municipalities?year=2023&sector=C&format=csv",
        "/api/v1/coverage/departments?year=2023&sector=ejemplo-ramas-dane:agropecuario",
        "/api/v1/coverage/groups/pdet?year=2023&sector=10",
        "/api/v1/coverage/gaps/pdet?year=2023&sector=G",
        "/api/v1/summary?year=2023&sector=C",
        "/api/v1/profiles/52?year=2023&sector=A",
        "/ogc/collections/municipal-coverage/items?year=2023&sector=C&limit=5",
        "/ogc/collections/department-coverage/items?year=2023&sector=A&f=json",
        "/api/v1/downloads/municipal-coverage.geojson?year=2023&sector=C",
        "/api/v1/maps/department-coverage.png?value=beneficiaries&year=2023&sector=C"})
    void everyAdapterTakesTheSectorFilter(String path) {
        HttpResponse<byte[]> response = http.getBytes(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
    }

    @Test
    void theSectorFilterNarrowsTheHeadline() {
        int all = api.get("/api/v1/coverage?year=2023").json().get("headline").get("beneficiaries").asInt();
        JsonNode manufacturing = api.get("/api/v1/coverage?year=2023&sector=C").json();
        int inC = manufacturing.get("headline").get("beneficiaries").asInt();
        assertThat(inC).isPositive().isLessThan(all);
        assertThat(manufacturing.get("filter").get("sector").get("name").asString()).isEqualToIgnoringCase("Industrias manufactureras");
        int sectorRow = 0;
        for (JsonNode item : api.get("/api/v1/coverage/sectors?year=2023").json().get("items")) {
            if (item.get("code").asString().equals("C")) {
                sectorRow = item.get("beneficiaries").asInt();
            }
        }
        assertThat(inC).as("the filter and the sector figure count the same records").isEqualTo(sectorRow);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "/api/v1/coverage?year=2023&sector=9999|400|sector",
        "/api/v1/coverage?year=2023&sector=141|400|sector",
        "/api/v1/coverage?year=2023&sector=ejemplo-ramas-dane:nada|400|sector",
        "/api/v1/coverage/sectors?year=2023&level=subclase|400|level",
        "/api/v1/coverage/economy?year=2023&economyYear=2004|400|economyYear",
        "/api/v1/coverage/gaps/economy?year=2023&limit=0|400|limit"})
    void badValuesNameTheirParameter(String path, int status, String parameter) {
        ApiClient.Response response = api.get(path);
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("parameter").asString()).isEqualTo(parameter);
    }

    @Test
    void anOgcCollectionRefusesABadSectorAsAnOgcException() {
        HttpResponse<String> response = http.get("/ogc/collections/municipal-coverage/items?year=2023&sector=9999&f=json");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("9999");
    }

    @Test
    void presenceAgainstEconomicWeightNamesItsSourceAndYear() {
        JsonNode body = api.get("/api/v1/coverage/economy?year=2023").json();
        assertThat(body.get("economy").get("yearLabel").asString()).isEqualTo("2023pr");
        assertThat(body.get("economy").get("status").asString()).isEqualTo("preliminar");
        assertThat(body.get("economySource").asString()).isEqualTo("DANE, PIB departamental por actividad económica 2023pr");
        assertThat(body.get("items")).hasSize(33);
        JsonNode antioquia = body.get("items").get(0);
        assertThat(antioquia.get("code").asString()).isEqualTo("05");
        assertThat(antioquia.get("presenceRatio").asDouble()).isCloseTo(
                antioquia.get("beneficiaryShare").asDouble() / antioquia.get("valueAddedShare").asDouble(), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(body.get("branches")).hasSize(33 * 12);
        JsonNode manufacturing = body.get("branches").get(2);
        assertThat(manufacturing.get("departmentCode").asString()).isEqualTo("05");
        assertThat(manufacturing.get("branch").asString()).isEqualTo("industria");
        assertThat(manufacturing.get("locationQuotient").asDouble()).isGreaterThan(1.0);
        assertThat(manufacturing.has("beneficiaryLocationQuotient")).isTrue();
        HttpResponse<String> csv = http.get("/api/v1/coverage/economy?year=2023&table=branches&format=csv&lang=en");
        assertThat(csv.body()).contains("Source of the economic figures,\"DANE, PIB departamental por actividad económica 2023pr\"",
                "Location quotient of beneficiaries");
        JsonNode in2012 = api.get("/api/v1/coverage/economy?year=2023&economyYear=2012").json().get("economy");
        assertThat(in2012.get("yearLabel").asString()).as(in2012.toString()).isEqualTo("2012");
        assertThat(in2012.get("reportingYear").asBoolean()).as(in2012.toString()).isFalse();
    }

    @Test
    void opportunityGapsAreRankedByValueAddedAndDownload() {
        JsonNode body = api.get("/api/v1/coverage/gaps/economy?year=2023&limit=10").json();
        assertThat(body.get("economySource").asString()).isEqualTo("DANE, valor agregado municipal 2022p");
        assertThat(body.get("items")).hasSize(10);
        double previous = Double.MAX_VALUE;
        for (JsonNode gap : body.get("items")) {
            assertThat(gap.get("valueAdded").asDouble()).isLessThanOrEqualTo(previous);
            previous = gap.get("valueAdded").asDouble();
        }
        assertThat(body.get("gaps").get("unreached").asInt()).isEqualTo(1121 - api.get("/api/v1/coverage?year=2023").json()
                .get("headline").get("municipalities").get("reached").asInt());
        api.get("/api/v1/coverage/gaps/economy?year=2023&department=05").json().get("items")
                .forEach(gap -> assertThat(gap.get("departmentCode").asString()).isEqualTo("05"));
        HttpResponse<byte[]> xlsx = http.getBytes("/api/v1/coverage/gaps/economy?year=2023&format=xlsx&lang=es");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("content-disposition").orElse("")).contains("brechas-economicas-2023.xlsx");
    }

    @Test
    void theMapGetsTheSectionsAndEveryMunicipalitysValueAdded() {
        JsonNode config = api.get("/api/v1/map/config").json();
        List<String> sections = new ArrayList<>();
        config.get("sectors").forEach(s -> sections.add(s.get("id").asString()));
        assertThat(sections).contains("A", "C", "G").doesNotContain("B", "U");
        JsonNode municipal = api.get("/api/v1/economy/municipalities").json();
        assertThat(municipal.get("yearLabel").asString()).isEqualTo("2022p");
        assertThat(municipal.get("count").asInt()).isEqualTo(municipal.get("items").size()).isBetween(1115, 1121);
        assertThat(api.get("/api/v1/economy/municipalities?year=2020").status()).isEqualTo(400);
        JsonNode profile = api.get("/api/v1/profiles/05001?year=2023").json();
        assertThat(profile.get("economy").get("branches")).hasSize(12);
        assertThat(profile.get("economy").get("department").get("presenceRatio").isNumber()).isTrue();
        assertThat(profile.get("economy").get("valueAdded").get("source").asString()).isEqualTo("DANE, valor agregado municipal 2022p");
        assertThat(profile.get("sectors").size()).isPositive();
        assertThat(new String(http.getBytes("/api/v1/profiles/05001.pdf?year=2023").body(), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }
}
