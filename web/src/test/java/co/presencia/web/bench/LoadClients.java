package co.presencia.web.bench;

import java.net.http.HttpClient;
import java.time.Duration;

/** What the load benchmark clients share: an HTTP/1.1 client for a loopback address only, and percentiles. */
final class LoadClients {

    private LoadClients() {
    }

    /** A client for {@code base}, refused unless it is on this machine (benchmarks never load someone else's server). */
    static HttpClient loopback(String base) {
        if (!base.startsWith("http://127.0.0.1:") && !base.startsWith("http://localhost:")) {
            throw new IllegalArgumentException("Loopback only: " + base);
        }
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** The {@code p} quantile (nearest rank) of ascending {@code sorted}; NaN when empty. */
    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
