package co.presencia.web.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** OGC API – Features Part 1, conformance class OpenAPI 3.0 (/req/oas30). */
class Oas30ConformanceTest extends OgcServerTestSupport {

    @Test
    @DisplayName("/req/oas30/oas-definition-1, /req/oas30/oas-definition-2")
    void serviceDescIsOpenApi30JsonAndServiceDocIsHtml() {
        JsonNode landing = ok("/ogc");
        String desc = link(landing, "service-desc", "application/vnd.oai.openapi+json;version=3.0");
        Response api = get(local(desc));
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.header("Content-Type")).startsWith("application/vnd.oai.openapi+json");
        assertThat(api.json().path("openapi").asString()).startsWith("3.0.");
        assertThat(get(local(link(landing, "service-doc", "text/html"))).header("Content-Type")).startsWith("text/html");
    }

    @Test
    @DisplayName("/req/oas30/oas-impl, /req/oas30/completeness")
    void everyDocumentedPathAnswersAndEveryResourceIsDocumented() {
        JsonNode api = ok("/ogc/api");
        List<String> paths = new ArrayList<>(api.path("paths").propertyNames());
        assertThat(paths).contains("/", "/conformance", "/collections", "/collections/municipalities",
                "/collections/municipalities/items", "/collections/municipalities/items/{featureId}",
                "/collections/departments/items", "/collections/pdet-subregions/items/{featureId}",
                "/collections/municipal-coverage/items", "/collections/department-coverage/items/{featureId}",
                "/collections/interventions/items/{featureId}");
        for (String path : paths) {
            String concrete = path;
            if (path.endsWith("/items/{featureId}")) {
                String items = path.substring(0, path.length() - "/{featureId}".length());
                String firstId = ok("/ogc" + items + "?limit=1").path("features").get(0).path("id").asString();
                concrete = path.replace("{featureId}", firstId);
            }
            Response r = get("/ogc" + (concrete.equals("/") ? "" : concrete));
            assertThat(r.status()).as(path).isEqualTo(200);
        }
        List<String> itemParams = new ArrayList<>();
        api.path("paths").path("/collections/municipalities/items").path("get").path("parameters")
                .forEach(p -> itemParams.add(p.has("$ref") ? p.path("$ref").asString() : p.path("name").asString()));
        assertThat(itemParams).contains("#/components/parameters/limit", "#/components/parameters/bbox",
                "#/components/parameters/crs", "department_code", "year");
        assertThat(api.path("servers").get(0).path("url").asString()).isEqualTo(url("/ogc"));
    }

    @Test
    @DisplayName("/req/oas30/exceptions-codes")
    void errorResponsesAreDocumented() {
        JsonNode responses = ok("/ogc/api").path("paths").path("/collections/departments/items").path("get").path("responses");
        assertThat(responses.has("400")).isTrue();
        assertThat(responses.has("404")).isTrue();
        assertThat(responses.has("500")).isTrue();
        assertThat(ok("/ogc/api").path("components").path("schemas").path("exception").path("required").get(0).asString())
                .isEqualTo("code");
    }
}
