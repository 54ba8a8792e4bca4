package co.presencia.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * Values the store cannot keep or that mean nothing are clear 400 problems naming the field, never a 500 nor a
 * silent success: target values (NaN, infinite, negative, over 100 % for a percentage), over-long names, absurd
 * years. Feature ids with {@code / ? # %} or spaces are linked percent-encoded; those the path can carry answer,
 * the others ({@code %2F}, {@code %25}, refused by Tomcat and the firewall before any controller) are OGC 400s.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValidationHttpTest extends SystemHttpTestSupport {

    private static final String LONG = "x".repeat(5_000);

    @BeforeAll
    void importRecordsWithAwkwardIds() throws IOException {
        http = new co.presencia.web.testing.Http(port);
        Path file = Files.createTempFile("ids-", ".csv");
        Files.writeString(file, """
                record_id,beneficiary_id,anio,programa,cod_municipio,lon,lat
                A/1,b1,2023,P,05001,-75.57,6.25
                B?2,b2,2023,P,05001,-75.57,6.25
                C#3,b3,2023,P,05001,-75.57,6.25
                D%4,b4,2023,P,05001,-75.57,6.25
                E 5,b5,2023,P,05001,-75.57,6.25
                """, StandardCharsets.UTF_8);
        HttpResponse<String> imported = http.upload("/api/v1/datasets/raros/imports?wait=true", file, USER, PASSWORD);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    }

    private HttpResponse<String> postTarget(String json) {
        return http.postJson("/api/v1/targets", json, USER, PASSWORD);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "NaN                 | FOCUS_PERCENT          | '\"NaN\"'      | value",
            "infinite            | MUNICIPALITIES_REACHED | 1e309          | value",
            "negative            | MUNICIPALITIES_REACHED | -5             | value",
            "over 100 percent    | FOCUS_PERCENT          | 100.5          | value"})
    void targetValuesThatMeanNothingAre400(String name, String indicator, String value, String field) {
        HttpResponse<String> refused = postTarget("{\"id\":\"v1\",\"name\":\"x\",\"indicator\":\"" + indicator
                + "\",\"group\":\"pdet\",\"year\":[\"2023\"],\"value\":" + value + "}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(problem(refused).path("parameter").asString()).isEqualTo(field);
        assertThat(http.get("/api/v1/targets?dataset=raros").body()).doesNotContain("\"v1\"");
    }

    @Test
    void boundaryTargetValuesAreAccepted() {
        HttpResponse<String> hundred = postTarget("{\"id\":\"cien\",\"name\":\"Todo\",\"indicator\":\"FOCUS_PERCENT\","
                + "\"group\":\"pdet\",\"year\":[\"2023\"],\"value\":100,\"dataset\":\"raros\"}");
        assertThat(hundred.statusCode()).as(hundred.body()).isEqualTo(201);
        HttpResponse<String> zero = postTarget("{\"id\":\"cero\",\"name\":\"Nada\",\"indicator\":\"MUNICIPALITIES_REACHED\","
                + "\"year\":[\"2023\"],\"value\":0,\"dataset\":\"raros\"}");
        assertThat(zero.statusCode()).as(zero.body()).isEqualTo(201);
    }

    @Test
    void overLongTextsAre400NamingTheField() {
        HttpResponse<String> target = postTarget("{\"id\":\"largo\",\"name\":\"" + LONG
                + "\",\"indicator\":\"MUNICIPALITIES_REACHED\",\"year\":[\"2023\"],\"value\":5}");
        assertThat(target.statusCode()).as(target.body()).isEqualTo(400);
        assertThat(problem(target).path("parameter").asString()).isEqualTo("name");
        HttpResponse<String> group = postTarget("{\"id\":\"largo\",\"name\":\"x\",\"indicator\":\"FOCUS_PERCENT\",\"group\":\""
                + LONG + "\",\"year\":[\"2023\"],\"value\":5}");
        assertThat(problem(group).path("parameter").asString()).isEqualTo("group");

        HttpResponse<String> importName = http.upload("/api/v1/datasets/otro/imports?wait=true&name=" + LONG,
                csv("F-1,b,2023,P,05001,-75.57,6.25"), USER, PASSWORD);
        assertThat(importName.statusCode()).as(importName.body()).isEqualTo(400);
        assertThat(problem(importName).path("parameter").asString()).isEqualTo("name");
        assertThat(http.get("/api/v1/datasets/otro").statusCode()).isEqualTo(404);
    }

    @Test
    void absurdYearsAre400() {
        HttpResponse<String> years = http.get("/api/v1/coverage/year-over-year?dataset=raros&from=-1&to=2147483647");
        assertThat(years.statusCode()).as(years.body()).isEqualTo(400);
        assertThat(problem(years).path("parameter").asString()).isIn("from", "to");
    }

    @Test
    void featureIdsAreLinkedPercentEncodedWhenThePathCanCarryThemAndShownUnlinkedOtherwise() {
        String page = http.get("/ogc/collections/interventions/items?f=html&dataset=raros").body();
        assertThat(page).contains("/items/B%3F2?f=html", "/items/C%233?f=html", "/items/E%205?f=html");
        assertThat(page).as("no link that would lead to a 400").doesNotContain("/items/A%2F1", "/items/D%254")
                .contains("<td>A/1 <small>(sin enlace", "<td>D%4 <small>(sin enlace");
        for (String[] fetchable : new String[][] {{"B%3F2", "B?2"}, {"C%233", "C#3"}, {"E%205", "E 5"}}) {
            HttpResponse<String> feature = http.get("/ogc/collections/interventions/items/" + fetchable[0] + "?dataset=raros");
            assertThat(feature.statusCode()).as(fetchable[0]).isEqualTo(200);
            assertThat(feature.body()).contains("\"id\":\"" + fetchable[1] + "\"")
                    .contains("/items/" + fetchable[0] + "?f=json");
        }
        for (String refused : new String[] {"A%2F1", "D%254"}) {
            RawHttp.Response response = RawHttp.send(port, "GET /ogc/collections/interventions/items/" + refused
                    + "?dataset=raros HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(response.status()).as(refused).isEqualTo(400);
            JsonNode exception = ogcException(response.contentType(), response.body());
            assertThat(exception.path("code").asString()).isEqualTo("BadRequest");
        }
    }

    private static Path csv(String row) {
        try {
            Path file = Files.createTempFile("row-", ".csv");
            Files.writeString(file, "record_id,beneficiary_id,anio,programa,cod_municipio,lon,lat\n" + row + "\n", StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
