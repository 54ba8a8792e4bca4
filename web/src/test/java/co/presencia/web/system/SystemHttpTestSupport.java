package co.presencia.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.testing.ReferenceData;
import co.presencia.web.testing.Http;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * One running service (real Tomcat, H2GIS on a temporary file, the real reference data) shared by the system tests:
 * every subclass has the same configuration, so Spring starts it once. The sign-in throttle is the stored one (as
 * several instances on PostgreSQL run it, here on H2GIS) and allows 3 failures per client in a 2-second window, so a
 * test that trips it is over before the next one signs in. Static maps: at most
 * {@value #MAX_MAP_WIDTH} px, one drawn at a time, no wait for a turn; printable profiles the same.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class SystemHttpTestSupport {

    static final String USER = "admin";
    static final String PASSWORD = "clave-de-sistema-2026";
    static final int FAILURES_PER_CLIENT = 3;
    static final int MAX_MAP_WIDTH = 1200;
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    Http http;

    @DynamicPropertySource
    static void service(DynamicPropertyRegistry registry) throws IOException {
        Path home = Files.createTempDirectory("presencia-system-");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + home.resolve("db").toAbsolutePath());
        registry.add("presencia.data-dir", () -> ReferenceData.shapefiles().toString());
        registry.add("presencia.admin.user", () -> USER);
        registry.add("presencia.admin.password", () -> PASSWORD);
        registry.add("presencia.security.login.max-failures-per-client", () -> FAILURES_PER_CLIENT);
        registry.add("presencia.security.login.window", () -> "2s");
        registry.add("presencia.security.login.shared", () -> true);
        registry.add("presencia.limits.maps.max-width", () -> MAX_MAP_WIDTH);
        registry.add("presencia.limits.maps.concurrent", () -> 1);
        registry.add("presencia.limits.maps.queue-wait", () -> "0s");
        registry.add("presencia.limits.documents.concurrent", () -> 1);
        registry.add("presencia.limits.documents.queue-wait", () -> "0s");
    }

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    /** The RFC 9457 problem of {@code response}, checked to be one. */
    static JsonNode problem(int status, String contentType, String body) {
        assertThat(contentType).as(body).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(body);
        assertThat(problem.path("status").asInt()).as(body).isEqualTo(status);
        assertThat(problem.path("title").asString()).as(body).isNotBlank();
        assertThat(problem.path("detail").asString()).as(body).isNotBlank();
        return problem;
    }

    static JsonNode problem(HttpResponse<String> response) {
        return problem(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    /** The OGC exception document of a response under {@code /ogc}, checked to be one. */
    static JsonNode ogcException(String contentType, String body) {
        assertThat(contentType).as(body).startsWith("application/json");
        JsonNode exception = JSON.readTree(body);
        assertThat(exception.path("code").asString()).as(body).isNotBlank();
        assertThat(exception.path("description").asString()).as(body).isNotBlank();
        assertThat(exception.has("status")).as("not a problem document: " + body).isFalse();
        return exception;
    }
}
