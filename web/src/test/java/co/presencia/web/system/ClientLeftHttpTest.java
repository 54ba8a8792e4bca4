package co.presencia.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.application.StaticMaps;
import co.presencia.application.WorkLimit;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 13 §3, "stop work for a client that left", over a real socket: a client sends a request for an expensive
 * answer and closes its connection once the work has begun. The work stops at its next checkpoint, counted as abandoned by its turns,
 * and the turn is free again; the same request from a client that stays is answered whole. Through nginx (the
 * configuration operators get) the client's leaving reaches the instance too; through HAProxy 2.6 it does not (ADR 0022). Each map has a width not
 * drawn before in this service, so its units are projected anew (no kept projection makes it quick).
 */
class ClientLeftHttpTest extends SystemHttpTestSupport {

    @Autowired
    StaticMaps maps;
    @Autowired
    ExpensiveWork work;

    @Test
    void aMapWhoseClientLeftStopsAndItsTurnIsFreeAgain() throws Exception {
        int width = 900 + ThreadLocalRandom.current().nextInt(250);
        String path = "/api/v1/maps/municipalities.png?classes=7&width=" + width;
        assertStopsWhenTheClientLeaves(maps.renders(), path);

        String answer = sendAndRead(path + "&title=otra");
        assertThat(answer).as("the same map for a client that waits").startsWith("HTTP/1.1 200");
        assertThat(maps.renders().running()).isZero();
    }

    @Test
    void aDownloadWhoseClientLeftStops() throws Exception {
        assertStopsWhenTheClientLeaves(work.downloads(), "/api/v1/downloads/municipalities.shp.zip");
        assertThat(sendAndRead("/api/v1/downloads/municipalities.shp.zip")).startsWith("HTTP/1.1 200");
    }

    @Test
    void behindNginxTheClientsLeavingReachesItsInstance() throws Exception {
        try (NginxBalancer nginx = NginxBalancer.start(List.of(port))) {
            int width = 900 + ThreadLocalRandom.current().nextInt(250);
            String path = "/api/v1/maps/municipalities.png?classes=8&width=" + width;
            assertStopsWhenTheClientLeaves(maps.renders(), path, nginx.port());
            assertThat(sendAndRead(path + "&title=nginx", nginx.port())).as("a client that waits, through nginx")
                    .startsWith("HTTP/1.1 200");
        }
    }

    private void assertStopsWhenTheClientLeaves(WorkLimit turns, String path) throws Exception {
        assertStopsWhenTheClientLeaves(turns, path, port);
    }

    private void assertStopsWhenTheClientLeaves(WorkLimit turns, String path, int through) throws Exception {
        long before = turns.abandoned();
        try (Socket socket = connect(through)) {
            socket.getOutputStream().write(get(path));
            socket.getOutputStream().flush();
            assertThat(within(Duration.ofSeconds(10), () -> Math.min(turns.running(), 1), 1)).as("the work began").isEqualTo(1);
        }   // the client leaves while its work runs
        assertThat(within(Duration.ofSeconds(10), turns::abandoned, before + 1)).as("stopped, as abandoned, for " + path)
                .isEqualTo(before + 1);
        assertThat(within(Duration.ofSeconds(2), () -> turns.running(), 0)).as("its turn is free").isZero();
    }

    private static long within(Duration limit, LongSupplier value, long expected) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (value.getAsLong() != expected && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        return value.getAsLong();
    }

    private static Socket connect(int through) throws Exception {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", through), 5000);
        socket.setSoTimeout(30_000);
        return socket;
    }

    private static byte[] get(String path) {
        return ("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    private String sendAndRead(String path) throws Exception {
        return sendAndRead(path, port);
    }

    private static String sendAndRead(String path, int through) throws Exception {
        try (Socket socket = connect(through)) {
            socket.getOutputStream().write(get(path));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
