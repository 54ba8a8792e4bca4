package co.presencia.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.intervention.Fixtures;
import co.presencia.web.testing.Http;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 §5, for real: two instances of the packaged application (separate JVMs) on one PostGIS behind HAProxy
 * ({@link LocalCluster}). An import through one is read through the other within a second; its job (while it runs, its live progress), the entity tags
 * and the sign-in throttle are the same from either; and killing one instance ({@code kill -9}) under load fails no
 * request beyond what the balancer retries. The one thing no balancer can replay is an answer the killed instance had
 * begun to send: such a cut answer is sent once more by the client, as the map's loader does, and must then be served. Bounded: the class gives up after 8 minutes (it takes about one).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 8, unit = java.util.concurrent.TimeUnit.MINUTES)
class PostgisClusterIT {

    private static final Pattern JOB = Pattern.compile("\"jobId\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern STATE = Pattern.compile("\"state\"\\s*:\\s*\"(\\w+)\"");
    /** A job's progress: phase, rows read, fraction. */
    private static final Pattern PROGRESS = Pattern.compile(
            "\"progress\"\\s*:\\s*\\{\"phase\"\\s*:\\s*\"(\\w+)\"\\s*,\\s*\"rowsRead\"\\s*:\\s*(\\d+)\\s*,[^}]*\"fraction\"\\s*:\\s*(-?[\\d.E]+)\\}");
    private static LocalCluster cluster;
    private static int one;
    private static int other;
    private static int balancer;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void twoInstancesBehindHaproxy() throws Exception {
        cluster = LocalCluster.create();
        one = cluster.startInstance(Duration.ofMinutes(3));
        other = cluster.startInstance(Duration.ofMinutes(2));
        balancer = cluster.startBalancer();
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void anImportThroughOneIsReadThroughTheOtherWithinASecond() throws Exception {
        assertThat(get(other, "/api/v1/coverage?dataset=cluster").statusCode()).as("no such dataset yet").isEqualTo(400);
        HttpResponse<String> imported = new Http(one).upload("/api/v1/datasets/cluster/imports?wait=true&acceptPartial=true",
                Fixtures.path("acentos-utf8.csv"), LocalCluster.USER, LocalCluster.PASSWORD);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        long done = System.nanoTime();
        HttpResponse<String> read;
        do {
            read = get(other, "/api/v1/coverage?dataset=cluster&year=2023");
        } while (read.statusCode() != 200 && System.nanoTime() - done < Duration.ofSeconds(5).toNanos() && pause());
        Duration after = Duration.ofNanos(System.nanoTime() - done);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(read.body()).contains("\"id\":\"cluster\"");
        assertThat(after).as("seen through the other instance").isLessThan(Duration.ofSeconds(1));
        assertThat(get(one, "/api/v1/coverage?dataset=cluster&year=2023").body()).isEqualTo(read.body());

        Matcher job = JOB.matcher(imported.body());
        assertThat(job.find()).as(imported.body()).isTrue();
        HttpResponse<String> report = new Http(other).get("/api/v1/imports/" + job.group(1), LocalCluster.USER, LocalCluster.PASSWORD);
        assertThat(report.statusCode()).as("the job, from the instance that did not run it").isEqualTo(200);
        assertThat(report.body()).contains("IMPORTED");
    }

    @Test
    @Order(2)
    void aRunningImportThroughOneShowsItsLiveProgressThroughTheOther(@TempDir Path temp) throws Exception {
        Path file = temp.resolve("progreso.csv");
        StringBuilder csv = new StringBuilder("id_registro,id_beneficiario,anio,instrumento,cod_municipio\n");
        for (int i = 0; i < 300_000; i++) {
            csv.append("P-").append(i).append(",B").append(i % 5000).append(",2023,EnCadena,")
                    .append(i % 2 == 0 ? "05001" : "11001").append('\n');
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        HttpResponse<String> accepted = new Http(one).upload("/api/v1/datasets/progreso/imports", file, LocalCluster.USER,
                LocalCluster.PASSWORD);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        Matcher job = JOB.matcher(accepted.body());
        assertThat(job.find()).as(accepted.body()).isTrue();

        List<String> runningSeen = new ArrayList<>();
        String body;
        Matcher state;
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        do {
            body = new Http(other).get("/api/v1/imports/" + job.group(1), LocalCluster.USER, LocalCluster.PASSWORD).body();
            state = STATE.matcher(body);
            assertThat(state.find()).as(body).isTrue();
            if (state.group(1).equals("RUNNING")) {
                runningSeen.add(body);
            }
        } while (!ended(state.group(1)) && System.nanoTime() < deadline && pause());
        System.out.printf("cluster_progress polls_while_running=%d last_running=%s%n", runningSeen.size(),
                runningSeen.isEmpty() ? "none" : PROGRESS.matcher(runningSeen.get(runningSeen.size() - 1)).results()
                        .map(MatchResult::group).findFirst().orElse("?"));
        assertThat(state.group(1)).as(body).isEqualTo("IMPORTED");
        assertThat(PROGRESS.matcher(body).results().map(m -> m.group(1) + " " + m.group(2) + " " + m.group(3)))
                .containsExactly("DONE 300000 1.0");
        assertThat(runningSeen).as("the job, read through the other instance while it ran").isNotEmpty()
                .allSatisfy(seen -> assertThat(PROGRESS.matcher(seen).results()).singleElement().satisfies(p -> {
                    assertThat(p.group(1)).as(seen).isIn("QUEUED", "READING", "MERGING");
                    assertThat(Double.parseDouble(p.group(3))).as(seen).isLessThan(1);
                }));
        assertThat(runningSeen).as("live progress: rows read so far, from the store")
                .anySatisfy(seen -> assertThat(PROGRESS.matcher(seen).results()).singleElement().satisfies(p -> {
                    assertThat(p.group(1)).isIn("READING", "MERGING");
                    assertThat(Long.parseLong(p.group(2))).isBetween(1L, 300_000L);
                    assertThat(Double.parseDouble(p.group(3))).isGreaterThan(0);
                }));
    }

    private static boolean ended(String state) {
        return !state.equals("QUEUED") && !state.equals("RUNNING");
    }

    @Test
    @Order(3)
    void bothInstancesTagAnswersAlike() {
        for (String path : List.of("/api/v1/maps/department-coverage.svg?dataset=cluster&year=2023&value=beneficiaries",
                "/ogc/collections/municipalities/items?limit=3", "/ogc/collections/municipal-coverage/items?dataset=cluster&limit=3",
                "/api/v1/downloads/departments.geojson")) {
            // As through the balancer: the same Host header (OGC links, and so their tags, name it).
            String tag = raw(one, path, "").headers().get("etag");
            assertThat(tag).as("ETag of " + path).isNotBlank();
            assertThat(raw(other, path, "").headers().get("etag")).as(path).isEqualTo(tag);
            assertThat(raw(other, path, "If-None-Match: " + tag + "\r\n").status()).as(path).isEqualTo(304);
        }
    }

    private static RawHttp.Response raw(int port, String path, String headers) {
        return RawHttp.send(port, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + balancer + "\r\n" + headers
                + "Accept-Encoding: identity\r\nConnection: close\r\n\r\n");
    }

    @Test
    @Order(4)
    void guessesSpreadOverBothInstancesAreCountedTogether() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            statuses.add(new Http(i % 2 == 0 ? one : other).get("/api/v1/datasets/cluster/imports", "intruso", "no-es-la-clave")
                    .statusCode());
            Thread.sleep(200);   // an instance records a failure just after its 401 has left
        }
        assertThat(statuses).as("5 failures per client in the window, wherever they land").containsExactly(401, 401, 401, 401, 401, 429);
        Thread.sleep(5_500);   // the window of this cluster (5 s) passes
    }

    @Test
    @Order(5)
    void killingOneInstanceUnderLoadFailsNoRequest() throws Exception {
        List<String> paths = List.of("/api/v1/coverage?dataset=cluster&year=2023", "/ogc/collections/municipalities/items?limit=5",
                "/api/v1/municipalities/05001", "/api/v1/coverage/departments?dataset=cluster&year=2023",
                "/api/v1/map/geometry/municipalities?level=1");
        AtomicInteger served = new AtomicInteger();
        AtomicInteger cutByTheKill = new AtomicInteger();
        AtomicLong killedAt = new AtomicLong(Long.MAX_VALUE);
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + Duration.ofSeconds(8).toNanos();
        List<Thread> clients = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int offset = t;
            Thread thread = new Thread(() -> {
                for (int i = offset; System.nanoTime() < end; i++) {
                    String path = paths.get(i % paths.size());
                    long sent = System.nanoTime();
                    AtomicBoolean answerBegan = new AtomicBoolean();
                    try {
                        count(send(path, answerBegan), path, served, failures);
                    } catch (Exception e) {
                        if (answerBegan.get() && sent < killedAt.get()) {
                            // The killed instance had begun this answer: no balancer can replay it once begun, so the
                            // client sends it once more, as the map's loader does; that second try must be served.
                            cutByTheKill.incrementAndGet();
                            try {
                                count(send(path, new AtomicBoolean()), path, served, failures);
                            } catch (Exception again) {
                                failures.add("sent again: " + again + " " + path);
                            }
                        } else {
                            failures.add(e + " " + path);
                        }
                    }
                }
            });
            thread.start();
            clients.add(thread);
        }
        Thread.sleep(2_500);
        cluster.kill(1);
        killedAt.set(System.nanoTime());
        for (Thread thread : clients) {
            thread.join(Duration.ofSeconds(60).toMillis());
        }
        System.out.printf("cluster_kill requests=%d failed=%d cut_by_the_kill=%d seconds=8 killed_at_s=2.5%n",
                served.get() + failures.size(), failures.size(), cutByTheKill.get());
        assertThat(failures).as("requests failed through the balancer").isEmpty();
        assertThat(cutByTheKill.get()).as("answers in flight on the killed instance: at most one per client").isLessThanOrEqualTo(4);
        assertThat(served.get()).as("requests served in 8 s").isGreaterThan(50);
        assertThat(get(balancer, "/api/v1/coverage?dataset=cluster&year=2023").statusCode()).isEqualTo(200);
    }

    /** GET {@code path} through the balancer; {@code answerBegan} is set once the answer's status and headers arrived. */
    private HttpResponse<Void> send(String path, AtomicBoolean answerBegan) throws Exception {
        return client.send(request(balancer, path).build(), info -> {
            answerBegan.set(true);
            return HttpResponse.BodySubscribers.discarding();
        });
    }

    private static void count(HttpResponse<Void> response, String path, AtomicInteger served, List<String> failures) {
        if (response.statusCode() == 200) {
            served.incrementAndGet();
        } else {
            failures.add(response.statusCode() + " " + path);
        }
    }

    private HttpRequest.Builder request(int port, String path) {
        return HttpRequest.newBuilder(URI.create(LocalCluster.base(port) + path)).timeout(Duration.ofSeconds(30));
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return client.send(request(port, path).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }
}
