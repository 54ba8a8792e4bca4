package co.presencia.web.territory;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.testing.ReferenceData;
import co.presencia.web.testing.ApiClient;
import co.presencia.web.testing.ApiClient.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** The first read API, over HTTP, on the embedded H2GIS store loaded from the real reference data. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TerritoryApiTest {

    @LocalServerPort
    int port;
    ApiClient api;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        Path home = Files.createTempDirectory("presencia-api-");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + home.resolve("db").toAbsolutePath());
        registry.add("presencia.data-dir", () -> ReferenceData.shapefiles().toString());
    }

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void medellinWithItsDepartmentPopulationAndGroups() {
        JsonNode medellin = api.get("/api/v1/municipalities/05001").json();
        assertThat(medellin.get("name").asString()).isEqualTo("Medellín");
        assertThat(medellin.get("department").get("name").asString()).isEqualTo("Antioquia");
        assertThat(medellin.get("population").get("2023").asLong()).isEqualTo(2_595_300L);
        assertThat(medellin.get("groups").findValuesAsString("group")).contains("departments", "sistema-ciudades")
                .doesNotContain("pdet", "zomac");
        assertThat(medellin.has("geometry")).isFalse();
    }

    @Test
    void geometryOnRequestIsGeoJsonInLonLat() {
        JsonNode geometry = api.get("/api/v1/municipalities/05001?geometry=true").json().get("geometry");
        assertThat(geometry.get("type").asString()).isEqualTo("MultiPolygon");
        JsonNode first = geometry.get("coordinates").get(0).get(0).get(0);
        assertThat(first.get(0).asDouble()).isBetween(-76.0, -75.0);
        assertThat(first.get(1).asDouble()).isBetween(6.0, 6.6);
    }

    @Test
    void lostLeadingZeroIsRepaired() {
        assertThat(api.get("/api/v1/municipalities/5001").json().get("code").asString()).isEqualTo("05001");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "/api/v1/municipalities/99999, 404",
            "/api/v1/municipalities/abc, 400",
            "/api/v1/municipalities/123456, 400",
            "/api/v1/municipalities?department=98, 404",
            "/api/v1/municipalities?department=x, 400",
            "/api/v1/municipalities?year=1990, 400",
            "/api/v1/municipalities?year=abc, 400",
            "/api/v1/territory-groups/nope, 404",
            "/api/v1/territory-groups/NO%20PE, 400"})
    void errorsAreProblemDocuments(String path, int status) {
        Response response = api.get(path);
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("detail").asString()).isNotBlank();
    }

    @Test
    void municipalitiesIn2023AreTheUnitsInForce() {
        JsonNode listing = api.get("/api/v1/municipalities?year=2023").json();
        assertThat(listing.get("count").asInt()).isEqualTo(1121);
        assertThat(listing.get("denominator").get("units").asInt()).isEqualTo(1121);
        assertThat(listing.get("items")).hasSize(1121);
        assertThat(api.get("/api/v1/municipalities?year=2018").json().get("count").asInt()).isEqualTo(1122);
    }

    @Test
    void filtersByDepartmentAndGroupTogether() {
        JsonNode pdetInAntioquia = api.get("/api/v1/municipalities?year=2023&department=05&group=PDET").json();
        assertThat(pdetInAntioquia.get("count").asInt()).isEqualTo(24);
        for (JsonNode item : pdetInAntioquia.get("items")) {
            assertThat(item.get("departmentCode").asString()).isEqualTo("05");
        }
        JsonNode catatumbo = api.get("/api/v1/municipalities?group=pdet&territory=4").json();
        assertThat(catatumbo.get("count").asInt()).isEqualTo(8);
    }

    @Test
    void groupsListAndDetail() {
        JsonNode groups = api.get("/api/v1/territory-groups").json();
        assertThat(groups.findValuesAsString("id")).contains("departments", "pdet", "zomac", "ruralidad",
                "sistema-ciudades", "poblacion-menor-200k");
        JsonNode pdet = api.get("/api/v1/territory-groups/pdet").json();
        assertThat(pdet.get("territoryCount").asInt()).isEqualTo(16);
        assertThat(pdet.get("municipalityCount").asInt()).isEqualTo(170);
        assertThat(api.get("/api/v1/territory-groups/zomac").json().get("municipalityCount").asInt()).isEqualTo(344);
        assertThat(api.get("/api/v1/territory-groups/departments").json().get("territoryCount").asInt()).isEqualTo(33);
    }

    @Test
    void departmentsAndHealth() {
        JsonNode departments = api.get("/api/v1/departments").json();
        assertThat(departments.get("count").asInt()).isEqualTo(33);
        assertThat(api.get("/api/v1/departments/11").json().get("name").asString()).isEqualTo("Bogotá, D.C.");
        assertThat(api.get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
        JsonNode report = api.get("/api/v1/reference/load-report").json();
        assertThat(report.get("municipalities").asInt()).isEqualTo(1122);
        assertThat(report.get("vertices").asLong()).isEqualTo(197_804L);
    }
}
