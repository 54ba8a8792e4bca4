package co.presencia.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 §3, over HTTP: one client cannot tie the server up with expensive answers. Static maps are bounded in
 * width, kept and validated (ETag, {@code Cache-Control}, 304), and drawn one at a time here (the support class
 * allows 1 turn, no wait): the others answer 503 with {@code Retry-After} at once. Printable profiles take turns the
 * same way; downloads are validated the same.
 */
class ExpensiveWorkHttpTest extends SystemHttpTestSupport {

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void aMapWiderThanTheServerAllowsIsA400NamingWidth() {
        HttpResponse<String> r = http.get("/api/v1/maps/departments.png?width=" + (MAX_MAP_WIDTH + 1));
        assertThat(problem(r).path("parameter").asString()).isEqualTo("width");
        assertThat(r.body()).contains(Integer.toString(MAX_MAP_WIDTH));
    }

    @Test
    void aMapIsTaggedKeptForAMinuteAndRevalidatedWithoutDrawing() throws Exception {
        HttpResponse<byte[]> first = get("/api/v1/maps/departments.svg?classes=4", null);
        assertThat(first.statusCode()).isEqualTo(200);
        String tag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(tag).matches("\"[0-9a-f]{32}\"");
        assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=60").contains("public");
        HttpResponse<byte[]> again = get("/api/v1/maps/departments.svg?classes=4", tag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).contains(tag);
        HttpResponse<byte[]> other = get("/api/v1/maps/departments.svg?classes=5", tag);
        assertThat(other.statusCode()).as("another request is another map").isEqualTo(200);
        assertThat(other.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(tag);
    }

    @Test
    void mapsBeyondTheTurnsAnswer503WithRetryAfter() throws Exception {
        List<HttpResponse<byte[]>> answers = new ArrayList<>();
        // Distinct maps (no two share a drawing), sent together; with one turn and no wait, all but a few are refused.
        for (int round = 0; round < 3 && answers.stream().noneMatch(r -> r.statusCode() == 503); round++) {
            int classes = 3 + round;
            answers.addAll(together(8, i -> "/api/v1/maps/municipalities.png?width=" + (1000 + 10 * i) + "&classes=" + classes));
        }
        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200, 503).contains(200, 503);
        for (HttpResponse<byte[]> refused : answers.stream().filter(r -> r.statusCode() == 503).toList()) {
            assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isPositive();
            problem(503, refused.headers().firstValue("Content-Type").orElse(""), new String(refused.body()));
        }
        assertThat(get("/api/v1/maps/municipalities.png?width=1000&classes=3", null).statusCode())
                .as("once the burst is over, maps are drawn again").isEqualTo(200);
    }

    @Test
    void printableProfilesBeyondTheTurnsAnswer503WithRetryAfter() throws Exception {
        assertThat(http.put("/api/v1/datasets/turnos", "{\"name\":\"Turnos\"}", USER, PASSWORD).statusCode()).isIn(200, 201);
        String[] departments = {"05", "08", "11", "13", "15", "17", "18", "19", "20", "23", "25", "27"};
        List<HttpResponse<byte[]>> answers = new ArrayList<>();
        for (int round = 0; round < 3 && answers.stream().noneMatch(r -> r.statusCode() == 503); round++) {
            int year = 2021 + round;
            answers.addAll(together(departments.length, i -> "/api/v1/profiles/" + departments[i] + ".pdf?dataset=turnos&year=" + year));
        }
        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200, 503).contains(200, 503);
        for (HttpResponse<byte[]> refused : answers.stream().filter(r -> r.statusCode() == 503).toList()) {
            assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isPositive();
            problem(503, refused.headers().firstValue("Content-Type").orElse(""), new String(refused.body()));
        }
        HttpResponse<byte[]> after = get("/api/v1/profiles/05.pdf?dataset=turnos&year=2023", null);
        assertThat(after.statusCode()).as("once the burst is over, profiles are printed again").isEqualTo(200);
        assertThat(new String(after.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void downloadsAreTaggedAndRevalidated() throws Exception {
        HttpResponse<byte[]> file = get("/api/v1/downloads/departments.geojson", null);
        assertThat(file.statusCode()).isEqualTo(200);
        String tag = file.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = get("/api/v1/downloads/departments.geojson", tag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(get("/api/v1/downloads/departments.geojson?crs=http://www.opengis.net/def/crs/EPSG/0/9377", tag).statusCode())
                .as("another coordinate system is another file").isEqualTo(200);
    }

    private HttpResponse<byte[]> get(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private List<HttpResponse<byte[]>> together(int count, java.util.function.IntFunction<String> path) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<HttpResponse<byte[]>>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String p = path.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return get(p, null);
                }));
            }
            start.countDown();
            List<HttpResponse<byte[]>> answers = new ArrayList<>();
            for (Future<HttpResponse<byte[]>> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
