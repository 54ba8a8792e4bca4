package co.presencia.web.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark client, not a test (run by {@code scripts/bench-coverage}): {@code concurrency} clients call the coverage
 * API for {@code seconds}, after a warm-up, and print requests/s, errors and latency percentiles. Loopback only.
 * Label {@code cached}: {@code /api/v1/coverage} with 20 random filter combinations (fixed seed), answered from the
 * cache after their first time. Label {@code uncached}: every request a selection never asked before
 * ({@link Selections}: department, axis or program, sizes, years, over four coverage paths), so none is answered
 * from a cache of an earlier one.
 *
 * <p>Arguments: base URL (http://127.0.0.1:PORT), seconds, concurrency, label, dataset (for uncached; default bulk).
 */
public final class CoverageLoadClient {

    private static final String[] AXES = {"productividad", "encadenamientos", "calidad", "sofisticacion", "economia-popular",
            "aglomeraciones", "estrategias-sectoriales"};
    private static final String[] DEPARTMENTS = {"05", "08", "11", "13", "15", "17", "19", "20", "23", "25", "27", "41", "44",
            "47", "50", "52", "54", "63", "66", "68", "70", "73", "76", "81", "85", "86", "88", "91", "94", "95", "97", "99", "18"};

    private CoverageLoadClient() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--print-paths")) {
            // For scripts/bench-coverage's wrk runs: the same selections as this client's, one path per line.
            boolean unique = args[1].startsWith("uncached");
            (unique ? Selections.unique(args.length > 2 ? args[2] : "bulk", 13L) : urls("", 20, 11L)).forEach(System.out::println);
            return;
        }
        String base = args[0];
        HttpClient client = LoadClients.loopback(base);
        int seconds = Integer.parseInt(args[1]);
        int concurrency = Integer.parseInt(args[2]);
        String label = args.length > 3 ? args[3] : "coverage";
        boolean unique = label.startsWith("uncached");
        List<String> urls = unique ? Selections.unique(args.length > 4 ? args[4] : "bulk", 13L).stream().map(p -> base + p).toList()
                : urls(base, 20, 11L);
        for (String url : unique ? List.of(base + "/api/v1/coverage?dataset=" + (args.length > 4 ? args[4] : "bulk")) : urls) {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
            }
        }
        // Warm-up on the last selections of the list (uncached: the measured run starts from the first, never repeating).
        int warm = unique ? urls.size() - 3000 : 0;
        run(client, unique ? urls.subList(warm, urls.size()) : urls, Math.min(5, seconds), concurrency, null);
        long[][] latencies = new long[concurrency][];
        Result result = run(client, unique ? urls.subList(0, warm) : urls, seconds, concurrency, latencies);
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).toArray();
        Arrays.sort(all);
        System.out.printf(Locale.ROOT, "%s_http requests=%d errors=%d seconds=%d concurrency=%d requests_per_second=%.0f p50_ms=%.1f p99_ms=%.1f%n",
                label, result.ok + result.errors, result.errors, seconds, concurrency, result.ok / (double) seconds,
                LoadClients.percentile(all, 0.50) / 1e6, LoadClients.percentile(all, 0.99) / 1e6);
    }

    private record Result(long ok, long errors) {
    }

    private static Result run(HttpClient client, List<String> urls, int seconds, int concurrency, long[][] latencies) throws InterruptedException {
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicInteger next = new AtomicInteger();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            int id = t;
            Thread thread = new Thread(() -> {
                long[] own = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < deadline) {
                    int i = next.getAndIncrement();
                    if (i >= urls.size() && latencies != null && urls.size() > 20) {
                        throw new IllegalStateException("Ran out of distinct selections: lower the seconds");
                    }
                    String url = urls.get(i % urls.size());
                    long start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Encoding", "identity").build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() == 200) {
                            ok.incrementAndGet();
                        } else {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    if (n == own.length) {
                        own = Arrays.copyOf(own, own.length * 2);
                    }
                    own[n++] = System.nanoTime() - start;
                }
                if (latencies != null) {
                    latencies[id] = Arrays.copyOf(own, n);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return new Result(ok.get(), errors.get());
    }

    static List<String> urls(String base, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder q = new StringBuilder(base).append("/api/v1/coverage?year=");
            q.append(random.nextInt(3) == 0 ? "2022,2023" : String.valueOf(2021 + random.nextInt(3)));
            if (random.nextBoolean()) {
                q.append("&axis=").append(AXES[random.nextInt(AXES.length)]);
            }
            if (random.nextBoolean()) {
                q.append("&size=micro,pequena,mediana");
            }
            if (random.nextInt(3) == 0) {
                q.append("&department=").append(DEPARTMENTS[random.nextInt(DEPARTMENTS.length)]);
            }
            urls.add(q.toString());
        }
        return urls;
    }
}
