package co.presencia.web.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What GIS clients and proxies see of the HTTP around the documents: compressed feature pages with an entity tag per
 * coding, {@code Vary} wherever content is negotiated, and links that follow a trusted reverse proxy's forwarded
 * headers (the test client is on loopback, trusted by default).
 */
class HttpNegotiationTest extends OgcServerTestSupport {

    private static final String ITEMS = "/ogc/collections/municipalities/items";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private HttpResponse<byte[]> send(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    @DisplayName("a page of 1,000 features is gzip-compressed when accepted, to the same document, far smaller")
    void featurePagesAreCompressed() throws IOException {
        HttpResponse<byte[]> plain = send(ITEMS + "?limit=1000");
        HttpResponse<byte[]> gzip = send(ITEMS + "?limit=1000", "Accept-Encoding", "gzip");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gzip.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(gzip.body().length).isLessThan(plain.body().length / 2);
        JsonNode unzipped = JSON.readTree(gunzip(gzip.body()));
        JsonNode original = JSON.readTree(new String(plain.body(), StandardCharsets.UTF_8));
        assertThat(unzipped.path("features")).isEqualTo(original.path("features"));
        assertThat(unzipped.path("numberMatched").asInt()).isEqualTo(original.path("numberMatched").asInt()).isGreaterThan(1000);
        // One feature, and the HTML page, too.
        assertThat(JSON.readTree(gunzip(send(ITEMS + "/05001", "Accept-Encoding", "gzip").body())).path("id").asString()).isEqualTo("05001");
        assertThat(gunzip(send(ITEMS + "?f=html&limit=50", "Accept-Encoding", "gzip").body())).contains("Medellín");
    }

    @Test
    @DisplayName("ETags are weak and differ by coding; each answers its own If-None-Match with 304")
    void entityTagsPerCoding() {
        String identity = send(ITEMS + "?limit=5").headers().firstValue("ETag").orElseThrow();
        String gzip = send(ITEMS + "?limit=5", "Accept-Encoding", "gzip").headers().firstValue("ETag").orElseThrow();
        assertThat(identity).startsWith("W/\"");
        assertThat(gzip).startsWith("W/\"").endsWith("-gzip\"").isNotEqualTo(identity);
        HttpResponse<byte[]> notModified = send(ITEMS + "?limit=5", "Accept-Encoding", "gzip", "If-None-Match", gzip);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.headers().firstValue("ETag")).contains(gzip);
        assertThat(notModified.headers().firstValue("Vary").orElse("")).contains("Accept-Encoding");
        assertThat(send(ITEMS + "?limit=5", "If-None-Match", identity).statusCode()).isEqualTo(304);
        // The identity tag does not validate the compressed representation.
        assertThat(send(ITEMS + "?limit=5", "Accept-Encoding", "gzip", "If-None-Match", identity).statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("Vary: Accept, Accept-Encoding on every negotiated resource")
    void negotiatedResourcesVary() {
        for (String path : new String[] {"/ogc", "/ogc/conformance", "/ogc/collections", "/ogc/api", "/ogc/collections/departments",
                "/ogc/collections/departments/queryables", ITEMS + "?limit=2", ITEMS + "/05001"}) {
            String vary = send(path).headers().allValues("Vary").toString().toLowerCase(java.util.Locale.ROOT);
            assertThat(vary).as(path).contains("accept").contains("accept-encoding");
        }
    }

    @Test
    @DisplayName("behind a reverse proxy, links follow X-Forwarded-Proto/Host/Port/Prefix")
    void linksFollowTheProxy() {
        String[] proxy = {"X-Forwarded-Proto", "https", "X-Forwarded-Host", "datos.example.gov.co", "X-Forwarded-Port", "443",
            "X-Forwarded-Prefix", "/presencia"};
        String base = "https://datos.example.gov.co/presencia/ogc";
        JsonNode landing = JSON.readTree(new String(send("/ogc", proxy).body(), StandardCharsets.UTF_8));
        assertThat(link(landing, "service-desc", null)).isEqualTo(base + "/api");
        assertThat(link(landing, "self", null)).startsWith(base);
        JsonNode page = JSON.readTree(new String(send(ITEMS + "?limit=10", proxy).body(), StandardCharsets.UTF_8));
        assertThat(link(page, "next", null)).startsWith(base + "/collections/municipalities/items?");
        JsonNode collection = JSON.readTree(new String(send("/ogc/collections/departments", proxy).body(), StandardCharsets.UTF_8));
        assertThat(link(collection, "enclosure", "application/geopackage+sqlite3"))
                .isEqualTo("https://datos.example.gov.co/presencia/api/v1/downloads/departments.gpkg");
        JsonNode openApi = JSON.readTree(new String(send("/ogc/api", proxy).body(), StandardCharsets.UTF_8));
        assertThat(openApi.path("servers").get(0).path("url").asString()).isEqualTo(base);
        // Without the headers, the links are the server's own.
        assertThat(link(ok("/ogc"), "service-desc", null)).isEqualTo(url("/ogc/api"));
    }
}
