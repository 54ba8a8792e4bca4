package co.presencia.web.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import co.presencia.testing.ReferenceData;
import co.presencia.web.testing.ApiClient;
import co.presencia.web.testing.ApiClient.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The economic context, the sector dimension and the 2024 territory over HTTP, on the embedded store with the real
 * reference data and one configured sector grouping.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EconomyAndSectorApiTest {

    @LocalServerPort
    int port;
    ApiClient api;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        Path home = Files.createTempDirectory("presencia-economy-");
        Path groupings = Files.createDirectories(home.resolve("sectores"));
        Files.writeString(groupings.resolve("programa.csv"), """
                sector,nombre_sector,ciiu,agrupacion
                alimentos,Alimentos y bebidas,10,Sectores del programa (prueba)
                alimentos,Alimentos y bebidas,11
                software,Software,J6201
                """, StandardCharsets.UTF_8);
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + home.resolve("db").toAbsolutePath());
        registry.add("presencia.data-dir", () -> ReferenceData.shapefiles().toString());
        registry.add("presencia.sector-groupings-dir", groupings::toString);
    }

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void aMunicipalitysValueAddedNamesItsSourceAndYear() {
        JsonNode medellin = api.get("/api/v1/economy/municipalities/5001").json();
        assertThat(medellin.get("code").asString()).isEqualTo("05001");
        assertThat(medellin.get("department").get("name").asString()).isEqualTo("Antioquia");
        JsonNode y2022 = medellin.get("valueAdded").get(0);
        assertThat(y2022.get("year").asInt()).isEqualTo(2022);
        assertThat(y2022.get("yearLabel").asString()).isEqualTo("2022p");
        assertThat(y2022.get("status").asString()).isEqualTo("provisional");
        assertThat(y2022.get("total").asDouble()).isCloseTo(76_890.364, within(0.001));
        assertThat(y2022.get("tertiaryShare").asDouble()).isCloseTo(0.806338, within(1e-6));
        assertThat(y2022.get("unit").asString()).isEqualTo("miles de millones de pesos corrientes");
        assertThat(y2022.get("source").asString()).isEqualTo("DANE, valor agregado municipal 2022p");
        JsonNode y2021 = medellin.get("valueAdded").get(1);
        assertThat(y2021.get("yearLabel").asString()).isEqualTo("2021");
        assertThat(y2021.get("primary").isNull()).isTrue();
        assertThat(medellin.get("shareOfDepartment").asDouble()).isCloseTo(0.401567, within(1e-6));
        assertThat(medellin.get("shareYear").asInt()).isEqualTo(2022);
        assertThat(api.get("/api/v1/economy/municipalities/05001?year=2021").json().get("valueAdded")).hasSize(1);
    }

    @Test
    void departmentsCarrySharesBranchesAndLocationQuotients() {
        JsonNode latest = api.get("/api/v1/economy/departments").json();
        assertThat(latest.get("yearLabel").asString()).isEqualTo("2023pr");
        assertThat(latest.get("status").asString()).isEqualTo("preliminar");
        assertThat(latest.get("source").asString()).isEqualTo("DANE, PIB departamental por actividad económica 2023pr");
        assertThat(latest.get("items")).hasSize(33);
        double shares = 0;
        for (JsonNode item : latest.get("items")) {
            shares += item.get("valueAddedShare").asDouble();
            assertThat(item.get("branches")).hasSize(12);
        }
        assertThat(shares).isCloseTo(1.0, within(1e-4));
        JsonNode antioquia = api.get("/api/v1/economy/departments?year=2022&department=5").json().get("items").get(0);
        assertThat(antioquia.get("name").asString()).isEqualTo("Antioquia");
        JsonNode manufacturing = antioquia.get("branches").get(2);
        assertThat(manufacturing.get("id").asString()).isEqualTo("industria");
        assertThat(manufacturing.get("value").asDouble()).isCloseTo(30_927.73, within(0.001));
        assertThat(manufacturing.get("locationQuotient").asDouble()).isGreaterThan(1.0);
        assertThat(antioquia.get("taxes").asDouble()).isCloseTo(20_976.9, within(0.001));
        JsonNode sources = api.get("/api/v1/economy").json().get("sources");
        assertThat(sources.get(0).get("years").toString()).isEqualTo("[\"2021\",\"2022p\"]");
        assertThat(sources.get(0).get("unitsWithoutValues").toString()).isEqualTo("[\"94663\"]");
        assertThat(sources.get(1).get("years")).hasSize(19);
    }

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource(delimiter = '|', value = {
        "/api/v1/economy/municipalities/94663|404|fusionó en 94343",
        "/api/v1/economy/municipalities/27493|404|existe desde 2024",
        "/api/v1/economy/municipalities/99999|404|No existe el municipio",
        "/api/v1/economy/municipalities/abc|400|DIVIPOLA",
        "/api/v1/economy/municipalities/05001?year=2020|400|hay de 2021 a 2022p",
        "/api/v1/economy/municipalities/05001?year=dos|400|Año no válido",
        "/api/v1/economy/departments?year=2004|400|hay de 2005 a 2023pr",
        "/api/v1/economy/departments?year=2024|400|2024",
        "/api/v1/economy/departments?department=98|404|departamento",
        "/api/v1/sectors/classification?level=subclase|400|level",
        "/api/v1/sectors/classification/722|400|ambiguo",
        "/api/v1/sectors/classification/0010|400|DIAN",
        "/api/v1/sectors/classification/9999|400|desconocido",
        "/api/v1/sectors/nope|404|agrupación"})
    void errorsSayWhy(String path, int status, String text) {
        Response response = api.get(path);
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains(text);
    }

    @Test
    void sectorsListTheBuiltInsTheExampleAndTheConfiguredGrouping() {
        JsonNode overview = api.get("/api/v1/sectors").json();
        JsonNode counts = overview.get("classification").get("counts");
        assertThat(List.of(counts.get("section").asInt(), counts.get("division").asInt(), counts.get("group").asInt(),
                counts.get("class").asInt())).containsExactly(21, 88, 246, 502);
        assertThat(overview.get("classification").get("replacedClasses")).hasSize(5);
        List<String> ids = new ArrayList<>();
        overview.get("groupings").forEach(g -> ids.add(g.get("id").asString()));
        assertThat(ids).containsExactly("section", "division", "ejemplo-ramas-dane", "programa");
        JsonNode example = overview.get("groupings").get(2);
        assertThat(example.get("example").asBoolean()).isTrue();
        assertThat(example.get("name").asString()).startsWith("Ejemplo");
        assertThat(example.get("sectorCount").asInt()).isEqualTo(12);
        JsonNode configured = api.get("/api/v1/sectors/PROGRAMA").json();
        assertThat(configured.get("name").asString()).isEqualTo("Sectores del programa (prueba)");
        assertThat(configured.get("example").asBoolean()).isFalse();
        assertThat(configured.get("sectors").get(1).get("classCodes").toString()).isEqualTo("[\"6201\"]");
        assertThat(configured.get("unassignedClasses").asInt()).isEqualTo(502 - configured.get("sectors").get(0).get("classes").asInt() - 1);
    }

    @Test
    void theClassificationByLevelAndOneCodeAsPlannersWriteIt() {
        JsonNode divisions = api.get("/api/v1/sectors/classification?level=division").json();
        assertThat(divisions.get("count").asInt()).isEqualTo(88);
        assertThat(divisions.get("items").get(0).get("code").asString()).isEqualTo("01");
        assertThat(api.get("/api/v1/sectors/classification").json().get("count").asInt()).isEqualTo(21);
        assertThat(api.get("/api/v1/sectors/classification?level=clase").json().get("count").asInt()).isEqualTo(502);
        JsonNode lostZero = api.get("/api/v1/sectors/classification/111").json();
        assertThat(lostZero.get("entry").get("code").asString()).isEqualTo("0111");
        assertThat(lostZero.get("replaced").isNull()).isTrue();
        JsonNode replaced = api.get("/api/v1/sectors/classification/1030").json();
        assertThat(replaced.get("entry").get("code").asString()).isEqualTo("103");
        assertThat(replaced.get("replaced").get("successors").toString()).isEqualTo("[\"1031\",\"1032\",\"1033\"]");
    }

    @Test
    void from2024TheTerritoryHas1122UnitsWithNuevoBelenDeBajira() {
        JsonNode in2024 = api.get("/api/v1/municipalities?year=2024").json();
        assertThat(in2024.get("count").asInt()).isEqualTo(1122);
        assertThat(in2024.get("denominator").get("units").asInt()).isEqualTo(1122);
        assertThat(in2024.get("items").findValuesAsString("code")).contains("27493").doesNotContain("94663");
        assertThat(api.get("/api/v1/municipalities?year=2023").json().get("items").findValuesAsString("code")).doesNotContain("27493");
        JsonNode toluviejo = api.get("/api/v1/municipalities/70823").json();
        assertThat(toluviejo.get("name").asString()).isEqualTo("San José de Toluviejo");
        JsonNode bajira = api.get("/api/v1/municipalities/27493").json();
        assertThat(bajira.get("name").asString()).isEqualTo("Nuevo Belén de Bajirá");
        assertThat(bajira.get("inForce").get("firstYear").asInt()).isEqualTo(2024);
        assertThat(bajira.get("boundaryPublished").asBoolean()).isFalse();
        assertThat(bajira.get("boundaryNote").asString()).contains("27615");
        assertThat(bajira.get("seat").get("longitude").asDouble()).isCloseTo(-76.844, within(0.001));
        JsonNode withGeometry = api.get("/api/v1/municipalities/27493?geometry=true").json();
        assertThat(withGeometry.get("geometry").isNull()).isTrue();
        assertThat(toluviejo.get("boundaryPublished").asBoolean()).isTrue();
    }
}
