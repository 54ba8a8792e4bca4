package co.presencia.web.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.application.Presencia;
import co.presencia.intervention.DatasetRepository;
import co.presencia.intervention.ImportListener;
import co.presencia.intervention.ImportOptions;
import co.presencia.intervention.ImportReport;
import co.presencia.intervention.ImportStatus;
import co.presencia.intervention.demo.DemoDatasetGenerator;
import co.presencia.testing.ReferenceData;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole application on a random port over the real reference data, shared by every test class that extends
 * this (Spring caches the context: one start per test JVM). Requests go through a real HTTP client.
 *
 * <p>The store (an H2GIS file under {@code target/test-home}) holds the synthetic demo dataset ({@value #DEMO},
 * {@link DemoDatasetGenerator} with its default seed), imported before the first test when it is missing, so the
 * coverage and intervention collections are offered. Tests must not change it; a test that needs another dataset
 * creates its own id and deletes it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class OgcServerTestSupport {

    protected static final JsonMapper JSON = JsonMapper.builder().build();
    protected static final String DEMO = "demo";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    /** The application instances (one per Spring context: H2GIS, PostGIS) whose store was checked for the demo. */
    private static final java.util.Set<Presencia> DEMO_CHECKED =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    @LocalServerPort
    protected int port;

    @Autowired
    protected DatasetRepository interventions;
    @Autowired
    protected Presencia presencia;

    @BeforeEach
    void demoDatasetIsThere() throws IOException {
        synchronized (OgcServerTestSupport.class) {
            if (DEMO_CHECKED.contains(presencia)) {
                return;
            }
            if (interventions.dataset(DEMO).filter(d -> d.lastImportAt() != null).isEmpty()) {
                Path file = Files.createTempFile("presencia-demo-", ".csv");
                new DemoDatasetGenerator(presencia.catalog(), DemoDatasetGenerator.DEFAULT_SEED).write(file);
                ImportReport report = presencia.imports().importNow(file, ImportOptions.of(DEMO, "demo-colombia-productiva-2023.csv")
                        .withDatasetName("Demo (sintético)", true).withAcceptPartial(true), ImportListener.NONE);
                assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
                Files.delete(file);
            }
            DEMO_CHECKED.add(presencia);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("presencia.data-dir", () -> ReferenceData.shapefiles().toString());
        registry.add("presencia.home", () -> java.nio.file.Path.of("target", "test-home").toAbsolutePath().toString());
    }

    public record Response(int status, java.net.http.HttpHeaders headers, byte[] bytes) {
        public String body() {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public JsonNode json() {
            return JSON.readTree(body());
        }
    }

    protected String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    protected Response get(String path) {
        return get(path, null);
    }

    protected Response get(String path, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET that must answer 200; returns the JSON body. */
    protected JsonNode ok(String path) {
        Response r = get(path);
        assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(200);
        return r.json();
    }

    /** The href of the first link with {@code rel} (and {@code type} when not null). */
    protected static String link(JsonNode document, String rel, String type) {
        for (JsonNode l : document.path("links")) {
            if (l.path("rel").asString().equals(rel) && (type == null || l.path("type").asString().equals(type))) {
                return l.path("href").asString();
            }
        }
        return null;
    }

    /** Path and query of an absolute URL of this server. */
    protected String local(String href) {
        assertThat(href).startsWith(url(""));
        return href.substring(url("").length());
    }
}
