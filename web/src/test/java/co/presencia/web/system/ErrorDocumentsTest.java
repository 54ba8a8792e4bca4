package co.presencia.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * Every error is a document: an RFC 9457 problem, or the OGC exception under {@code /ogc} — Tomcat's own refusals
 * of requests no servlet saw (sent as raw bytes, since an HTTP client would refuse to send them), the error page
 * itself, Spring Security's firewall, Spring MVC's refusals and this service's own query check. Never Tomcat's HTML
 * page, never Spring Boot's {@code timestamp/status/error} JSON, never a 500.
 */
class ErrorDocumentsTest extends SystemHttpTestSupport {

    private static final String BIG = "a".repeat(20_000);

    private RawHttp.Response get(String target, String... headers) {
        return RawHttp.send(port, "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + String.join("", headers)
                + "Connection: close\r\n\r\n");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiterString = "=>", value = {
            "encoded slash            => /api/v1/municipalities/05%2F001",
            "encoded NUL              => /api/v1/municipalities/05%00001",
            "bad percent sequence     => /api/v1/%zz",
            "path above the root      => /api/../../etc/passwd",
            "illegal character        => /api/v1/mun|icipalities",
            "firewall: encoded %      => /api/v1/municipalities/05%25001",
            "firewall: encoded period => /api/v1/%2e%2e/x",
            "query: bad percent       => /api/v1/departments?year=%zz",
            "query: NUL               => /api/v1/downloads/interventions.geojson?program=%00"})
    void malformedRequestsOutsideTheOgcApiAre400Problems(String name, String target) {
        RawHttp.Response response = get(target);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        problem(400, response.contentType(), response.body());
        assertThat(response.body()).doesNotContain("Tomcat", "Exception", "<html");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "encoded slash            | /ogc/collections/interventions/items/A%2F1",
            "encoded NUL              | /ogc/collections/municipalities/items/05%00001",
            "firewall: encoded %      | /ogc/collections/interventions/items/D%254",
            "query: bad percent       | /ogc/collections/municipalities/items?limit=%zz",
            "query: NUL               | /ogc/collections/interventions/items?program=%00"})
    void malformedRequestsUnderTheOgcApiAre400OgcExceptions(String name, String target) {
        RawHttp.Response response = get(target);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        ogcException(response.contentType(), response.body());
    }

    @Test
    void aControlCharacterInAQueryNamesItsParameter() {
        RawHttp.Response response = get("/api/v1/downloads/interventions.geojson?program=a%00b");
        assertThat(problem(400, response.contentType(), response.body()).path("parameter").asString()).isEqualTo("program");
        RawHttp.Response ogc = get("/ogc/collections/interventions/items?program=%01");
        assertThat(ogcException(ogc.contentType(), ogc.body()).path("code").asString()).isEqualTo("InvalidParameterValue");
    }

    @Test
    void oversizedHeadersAre400ProblemsAndOgcExceptions() {
        RawHttp.Response api = get("/api/v1/departments", "X-Big: " + BIG + "\r\n");
        assertThat(api.status()).isEqualTo(400);
        problem(400, api.contentType(), api.body());
        RawHttp.Response ogc = get("/ogc/collections", "X-Big: " + BIG + "\r\n");
        assertThat(ogc.status()).isEqualTo(400);
        ogcException(ogc.contentType(), ogc.body());
    }

    @Test
    void unparseableRequestLinesAndHeadersAre400Problems() {
        for (String request : new String[] {
                "GET /a b c HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                "G(T /api/v1/departments HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                "GET /api/v1/departments HTTP/1.1\r\nHost: localhost\r\nBad Header: y\r\nConnection: close\r\n\r\n",
                "GET /api/v1/departments HTTP/1.1\r\nConnection: close\r\n\r\n"}) {
            RawHttp.Response response = RawHttp.send(port, request);
            assertThat(response.status()).as(request).isEqualTo(400);
            problem(400, response.contentType(), response.body());
        }
        RawHttp.Response rawNul = RawHttp.send(port, "GET /api/v1/x\u0000y HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(rawNul.status()).isEqualTo(400);
        problem(400, rawNul.contentType(), rawNul.body());
    }

    @Test
    void unparseableRequestLinesUnderTheOgcApiAre400OgcExceptions() {
        // Tomcat cannot parse these request lines, so the request has no path: the answer still follows the OGC API's
        // format, and says nothing of the target.
        for (String target : new String[] {"/ogc/collections/x\u0000y", "/ogc/\u0001", "/ogc?f=\u0007json",
            "/ogc/collections?f=\u0007json"}) {
            RawHttp.Response response = RawHttp.send(port, ("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            assertThat(response.status()).as(target).isEqualTo(400);
            assertThat(response.contentType()).as(target).startsWith("application/json");
            ogcException(response.contentType(), response.body());
            assertThat(response.body()).as(target).doesNotContain("collections", "Tomcat", "\u0000");
        }
        // Not the OGC API: other paths beginning with "ogc", paths that only hold "/ogc/" further on, and request
        // lines whose method Tomcat cannot read (their error quotes the method, which may look like a path).
        for (String requestLine : new String[] {"GET /ogc\u0001", "GET /ogcx\u0000", "GET /ogc]x\u0001",
            "GET /api/v1/ogc/\u0000", "GET /\u0000/ogc/", "/ogc/x\u0001", "G[/ogc/ /x"}) {
            RawHttp.Response response = RawHttp.send(port, (requestLine + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            assertThat(response.status()).as(requestLine).isEqualTo(400);
            problem(400, response.contentType(), response.body());
        }
    }

    @Test
    void refusalsOfWhatTheServiceDoesNotSpeakSayWhatWasRefused() {
        RawHttp.Response coding = RawHttp.send(port, "POST /api/v1/departments HTTP/1.1\r\nHost: localhost\r\n"
                + "Transfer-Encoding: gzip\r\nConnection: close\r\n\r\n");
        assertThat(coding.status()).isEqualTo(501);
        assertThat(problem(501, coding.contentType(), coding.body()).path("detail").asString())
                .contains("chunked").doesNotContain("registrado");
        RawHttp.Response version = RawHttp.send(port, "GET /api/v1/departments HTTP/9.9\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(version.status()).isEqualTo(505);
        assertThat(problem(505, version.contentType(), version.body()).path("detail").asString())
                .contains("HTTP/1.1").doesNotContain("registrado");
    }

    @Test
    void theErrorPageItselfIsNotAResourceForAnyMethod() {
        for (String method : new String[] {"GET", "POST", "PUT", "DELETE"}) {
            RawHttp.Response response = RawHttp.send(port, method + " /error HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n"
                    + "Connection: close\r\n\r\n");
            assertThat(response.status()).as(method).isEqualTo(404);
            JsonNode problem = problem(response.status(), response.contentType(), response.body());
            assertThat(problem.has("timestamp")).isFalse();
        }
    }

    @Test
    void methodsAndPathsNobodyAnswersAreProblemsOrOgcExceptions() {
        RawHttp.Response trace = RawHttp.send(port, "TRACE /api/v1/departments HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(trace.status()).isEqualTo(405);
        problem(405, trace.contentType(), trace.body());
        var unknown = http.get("/no-such-page");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(problem(unknown).path("detail").asString()).doesNotContain("static resource");
        var unknownOgc = http.get("/ogc/no-such-page");
        assertThat(unknownOgc.statusCode()).isEqualTo(404);
        assertThat(ogcException(unknownOgc.headers().firstValue("Content-Type").orElse(""), unknownOgc.body())
                .path("code").asString()).isEqualTo("NotFound");
        var anonymousOgcWrite = http.postJson("/ogc/collections", "{}", null, null);
        assertThat(anonymousOgcWrite.statusCode()).isEqualTo(401);
        ogcException(anonymousOgcWrite.headers().firstValue("Content-Type").orElse(""), anonymousOgcWrite.body());
    }

    @Test
    void problemsSpeakTheRequestsLanguageEvenWhenTheQueryIsBroken() {
        RawHttp.Response english = get("/api/v1/municipalities/05%2F001", "Accept-Language: en\r\n");
        assertThat(problem(400, english.contentType(), english.body()).path("title").asString()).isEqualTo("Malformed request");
        RawHttp.Response spanish = get("/api/v1/departments?lang=es&year=%zz", "Accept-Language: en\r\n");
        assertThat(problem(400, spanish.contentType(), spanish.body()).path("detail").asString()).startsWith("La consulta");
    }
}
