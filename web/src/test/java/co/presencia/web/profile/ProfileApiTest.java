package co.presencia.web.profile;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.intervention.Fixtures;
import co.presencia.testing.ReferenceData;
import co.presencia.web.testing.ApiClient;
import co.presencia.web.testing.Http;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Profiles and place search over HTTP, on the dataset whose figures are computed by hand ({@code
 * perfiles-conocidos.csv}, see geo-core's fixtures README and {@code ProfilesTest}), imported through the API as a
 * synthetic dataset; the printable profile is read back with PDFBox's text extraction.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProfileApiTest {

    static final String USER = "admin";
    static final String PASSWORD = "clave-de-prueba-perfiles";

    @LocalServerPort
    int port;
    ApiClient api;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("presencia-profile-api-");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dir.resolve("presencia").toAbsolutePath());
        registry.add("presencia.data-dir", () -> ReferenceData.shapefiles().toString());
        registry.add("presencia.admin.user", () -> USER);
        registry.add("presencia.admin.password", () -> PASSWORD);
        registry.add("presencia.default-dataset", () -> "conocido");
    }

    @BeforeAll
    void importTheFixture() {
        api = new ApiClient(port);
        Http http = new Http(port);
        assertThat(http.put("/api/v1/datasets/conocido", "{\"name\":\"Cifras conocidas\",\"synthetic\":true}", USER, PASSWORD).statusCode())
                .isIn(200, 201);
        HttpResponse<String> imported = http.upload("/api/v1/datasets/conocido/imports?wait=true",
                Fixtures.path("perfiles-conocidos.csv"), USER, PASSWORD);
        assertThat(imported.statusCode()).as(imported.body()).isIn(200, 201);
    }

    @Test
    void aDepartmentProfileHasItsOwnDenominatorsBesideTheNationalOnes() {
        JsonNode body = api.get("/api/v1/profiles/52?year=2023").json();
        assertThat(body.at("/territory/name").asString()).isEqualTo("Nariño");
        assertThat(body.at("/denominator/units").asInt()).isEqualTo(64);
        assertThat(body.at("/headline/municipalities/reached").asInt()).isEqualTo(4);
        assertThat(body.at("/headline/municipalities/of").asInt()).isEqualTo(64);
        assertThat(body.at("/headline/pdetMunicipalities/of").asInt()).isEqualTo(16);
        assertThat(body.at("/headline/beneficiaries").asInt()).isEqualTo(5);
        assertThat(body.at("/national/municipalities/of").asInt()).isEqualTo(1121);
        assertThat(body.at("/national/beneficiaries").asInt()).isEqualTo(7);
        assertThat(body.at("/dataset/synthetic").asBoolean()).isTrue();
        assertThat(body.at("/unreached/0/code").asString()).isEqualTo("52838");
        assertThat(body.at("/years")).hasSize(2);
        assertThat(body.at("/links/pdf").asString()).isEqualTo("/api/v1/profiles/52.pdf?year=2023");
        assertThat(body.at("/links/portal").asString()).isEqualTo("/?dept=52&year=2023");
    }

    @Test
    void theProfileHeadlineHasTheShapeOfTheCoverageHeadline() {
        JsonNode coverage = api.get("/api/v1/coverage?year=2023").json().get("headline");
        JsonNode profile = api.get("/api/v1/profiles/52835?year=2023").json();
        assertThat(names(profile.get("headline"))).isEqualTo(names(coverage));
        assertThat(names(profile.get("headline").get("municipalities"))).isEqualTo(names(coverage.get("municipalities")));
        assertThat(profile.at("/headline/municipalities/of").asInt()).isEqualTo(1);
        assertThat(profile.at("/department/headline/municipalities/of").asInt()).isEqualTo(64);
        assertThat(profile.at("/links/portal").asString()).isEqualTo("/?mun=52835&year=2023");
    }

    @Test
    void badCodesAreProblemsNamingTheParameter() {
        ApiClient.Response malformed = api.get("/api/v1/profiles/Narino");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(malformed.json().get("parameter").asString()).isEqualTo("code");
        assertThat(api.get("/api/v1/profiles/98").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/profiles/52.pdf?lang=fr").json().get("parameter").asString()).isEqualTo("lang");
    }

    @Test
    void thePrintableProfileSaysWhatItShowsInSpanish() throws IOException {
        HttpResponse<byte[]> pdf = new Http(port).getBytes("/api/v1/profiles/52.pdf?year=2023&program=EnCadena");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).contains("perfil-52-2023.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).as("A4").isBetween(595f, 596f);
            String text = new PDFTextStripper().getText(document).replace('\u00a0', ' ');
            assertThat(text).contains("Perfil de cobertura territorial — Nariño", "Datos sintéticos de demostración",
                    "Programa: EnCadena", "Año: 2023", "Municipios con presencia", "2 de 64 (3,1 %)", "3 de 1.121 (0,3 %)",
                    "Municipios PDET con presencia", "1 de 16 (6,3 %)", "Fuente:", "Generado el", "/?dept=52&year=2023&program=EnCadena",
                    "Municipios sin presencia: 62 de 64", "Túquerres", "Limita con", "Cauca", "Putumayo", "Página 1 de");
        }
    }

    @Test
    void thePrintableProfileSpeaksEnglishOnRequest() throws IOException {
        HttpResponse<byte[]> pdf = new Http(port).getBytes("/api/v1/profiles/52835.pdf?year=2023&lang=en");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Territorial coverage profile — San Andrés de Tumaco", "Municipality of Nariño",
                    "Synthetic demonstration data", "1 of 1 (100.0%)", "4 of 64 (6.3%)", "6 of 1,121 (0.5%)", "Made on",
                    "Barbacoas", "Page 1 of");
        }
    }

    @Test
    void placesAreFoundByCommonNames() {
        JsonNode found = api.get("/api/v1/places?q=tumaco").json();
        assertThat(found.at("/items/0/code").asString()).isEqualTo("52835");
        assertThat(found.at("/items/0/name").asString()).isEqualTo("San Andrés de Tumaco");
        assertThat(found.at("/items/0/kind").asString()).isEqualTo("municipality");
        assertThat(found.at("/items/0/departmentName").asString()).isEqualTo("Nariño");
        assertThat(api.get("/api/v1/places?q=narino").json().at("/items/0/code").asString()).isEqualTo("52");
        assertThat(api.get("/api/v1/places?q=bogota").json().at("/items/0/code").asString()).isEqualTo("11001");
        assertThat(api.get("/api/v1/places?q=mompox").json().at("/items/0/code").asString()).isEqualTo("13468");
        ApiClient.Response blank = api.get("/api/v1/places?q=");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("parameter").asString()).isEqualTo("q");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
