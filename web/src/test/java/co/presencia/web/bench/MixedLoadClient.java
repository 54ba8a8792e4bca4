package co.presencia.web.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark client, not a test (run by {@code scripts/bench-load}): {@code concurrency} clients send a mixed load for
 * {@code seconds} — coverage figures under selections never asked before (45 %, {@link Selections}), OGC API pages
 * (15 %), map geometry (15 %), static maps (5 %), places, profiles and municipalities (15 %), a download revalidated
 * or fetched (5 %) — while one import of {@code importFile} runs through the API a third of the way in. Prints
 * requests/s, latency percentiles, errors (anything but 200/304, 503 counted apart as busy) and the import's outcome.
 * Loopback only.
 *
 * <p>Arguments: base URL, seconds, concurrency, dataset for the figures, file to import ({@code -} for none),
 * administrator user, password.
 */
public final class MixedLoadClient {

    private static final String[] KINDS = {"coverage", "ogc", "geometry", "map", "territory", "download"};
    private static final int[] WEIGHTS = {45, 15, 15, 5, 15, 5};

    private MixedLoadClient() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        HttpClient client = LoadClients.loopback(base);
        int seconds = Integer.parseInt(args[1]);
        int concurrency = Integer.parseInt(args[2]);
        String dataset = args[3];
        Path importFile = Path.of(args[4].equals("-") ? "." : args[4]);
        String authorization = "Basic " + Base64.getEncoder().encodeToString((args[5] + ":" + args[6]).getBytes(StandardCharsets.UTF_8));
        List<String> selections = Selections.unique(dataset, 17L);
        AtomicInteger nextSelection = new AtomicInteger();
        Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        AtomicLong busy = new AtomicLong();
        long[][] latencies = new long[concurrency][];
        Map<String, AtomicLong> byKind = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        long deadline = start + seconds * 1_000_000_000L;
        String[] importOutcome = {"not run"};
        Thread importer = new Thread(() -> importOutcome[0] = importOnce(client, base, importFile, authorization, deadline));
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            int id = t;
            Thread thread = new Thread(() -> {
                SplittableRandom random = new SplittableRandom(100 + id);
                long[] own = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < deadline) {
                    String kind = kind(random);
                    String path = kind.equals("coverage") ? selections.get(nextSelection.getAndIncrement() % selections.size())
                            : path(kind, dataset, random);
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(base + path))
                                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() == 503) {
                            busy.incrementAndGet();
                        } else if (r.statusCode() != 200 && r.statusCode() != 304) {
                            errors.computeIfAbsent(kind + " " + r.statusCode(), k -> new AtomicLong()).incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.computeIfAbsent(kind + " " + e.getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
                    }
                    byKind.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
                    if (n == own.length) {
                        own = Arrays.copyOf(own, own.length * 2);
                    }
                    own[n++] = System.nanoTime() - t0;
                }
                latencies[id] = Arrays.copyOf(own, n);
            });
            thread.start();
            threads.add(thread);
        }
        Thread.sleep(seconds * 1000L / 3);
        if (!args[4].equals("-")) {
            importer.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (!args[4].equals("-")) {
            importer.join();
        }
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).toArray();
        Arrays.sort(all);
        long errorCount = errors.values().stream().mapToLong(AtomicLong::get).sum();
        System.out.printf(Locale.ROOT, "mixed_http requests=%d errors=%d busy_503=%d seconds=%d concurrency=%d requests_per_second=%.0f "
                        + "p50_ms=%.1f p99_ms=%.1f%n", all.length, errorCount, busy.get(), seconds, concurrency,
                all.length / (double) seconds, LoadClients.percentile(all, 0.50) / 1e6, LoadClients.percentile(all, 0.99) / 1e6);
        System.out.println("mixed_by_kind " + new TreeMap<>(byKind));
        if (!errors.isEmpty()) {
            System.out.println("mixed_errors " + new TreeMap<>(errors));
        }
        System.out.println("mixed_import " + importOutcome[0]);
    }

    private static String kind(SplittableRandom random) {
        int r = random.nextInt(100);
        for (int i = 0; i < KINDS.length; i++) {
            r -= WEIGHTS[i];
            if (r < 0) {
                return KINDS[i];
            }
        }
        return KINDS[0];
    }

    private static String path(String kind, String dataset, SplittableRandom random) {
        String[] departments = Selections.DEPARTMENTS;
        return switch (kind) {
            case "ogc" -> switch (random.nextInt(3)) {
                case 0 -> "/ogc/collections/municipalities/items?f=json&limit=" + (10 + random.nextInt(91)) + "&offset=" + random.nextInt(1000);
                case 1 -> "/ogc/collections/municipal-coverage/items?f=json&dataset=" + dataset + "&limit=50&offset=" + random.nextInt(1000);
                default -> "/ogc/collections/interventions/items?f=json&dataset=" + dataset + "&limit=" + (10 + random.nextInt(91))
                        + "&offset=" + random.nextInt(5000);
            };
            case "geometry" -> random.nextBoolean()
                    ? "/api/v1/map/geometry/municipalities?level=" + random.nextInt(2) + "&year=2023"
                    : "/api/v1/map/geometry/departments/" + departments[random.nextInt(departments.length)] + "/municipalities?year=2023";
            case "map" -> "/api/v1/maps/municipal-coverage.png?dataset=" + dataset + "&year=2023&value=beneficiaries&classes="
                    + (3 + random.nextInt(5)) + "&width=" + (800 + 200 * random.nextInt(3));
            case "territory" -> switch (random.nextInt(3)) {
                case 0 -> "/api/v1/places?q=" + new String[] {"tumaco", "narino", "mompox", "bogota", "medellin", "san"}[random.nextInt(6)];
                case 1 -> "/api/v1/profiles/" + departments[random.nextInt(departments.length)] + "?dataset=" + dataset;
                default -> "/api/v1/municipalities/05001";
            };
            default -> "/api/v1/downloads/departments.geojson";
        };
    }

    /** Imports the file through the API (waiting for the report) and says how it went. */
    private static String importOnce(HttpClient client, String base, Path file, String authorization, long deadline) {
        long t0 = System.nanoTime();
        try {
            String boundary = "----bench" + UUID.randomUUID();
            byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
                    + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/datasets/carga/imports?wait=true"))
                    .header("Authorization", authorization).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .timeout(Duration.ofNanos(Math.max(1, deadline - System.nanoTime()) + Duration.ofMinutes(5).toNanos()))
                    .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                            HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail))).build();
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            return String.format(Locale.ROOT, "status=%d rows=%d seconds=%.1f", r.statusCode(), Files.lines(file).count() - 1,
                    (System.nanoTime() - t0) / 1e9);
        } catch (Exception e) {
            return "failed: " + e;
        }
    }
}
