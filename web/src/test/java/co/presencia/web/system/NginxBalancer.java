package co.presencia.web.system;

import co.presencia.web.testing.RequiredProgram;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * nginx in front of instances on this machine, with the configuration operators get ({@code scripts/lib/nginx.conf.in}),
 * in a folder of its own under {@code web/target/nginx/}; fails under {@code CI=true} (skips otherwise) without nginx.
 */
final class NginxBalancer implements AutoCloseable {

    private final Process process;
    private final int port;

    private NginxBalancer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts nginx in front of {@code instancePorts} (127.0.0.1) and waits until it accepts connections. */
    static NginxBalancer start(List<Integer> instancePorts) throws IOException, InterruptedException {
        RequiredProgram.require("nginx", "nginx-light", "nginx", "-v");
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target/nginx")), "balancer-").toAbsolutePath();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path template = Path.of(System.getProperty("presencia.shapefiles", "../shapefiles")).toAbsolutePath().getParent()
                .resolve("scripts/lib/nginx.conf.in");
        String servers = instancePorts.stream().map(p -> "        server 127.0.0.1:" + p + " max_fails=1 fail_timeout=5s;")
                .collect(Collectors.joining("\n"));
        String config = Files.readString(template, StandardCharsets.UTF_8).replace("@DIR@", dir.toString())
                .replace("@LISTEN@", "127.0.0.1:" + port).replace("@SERVERS@", servers);
        Files.writeString(dir.resolve("nginx.conf"), config, StandardCharsets.UTF_8);
        Process process = new ProcessBuilder("nginx", "-p", dir.toString(), "-e", "stderr", "-c", dir.resolve("nginx.conf").toString(),
                "-g", "daemon off;").redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
        NginxBalancer balancer = new NginxBalancer(process, port);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!balancer.accepts()) {
            if (!process.isAlive() || System.nanoTime() > end) {
                balancer.close();
                throw new IllegalStateException("nginx did not start; see " + dir.resolve("nginx.out"));
            }
            Thread.sleep(50);
        }
        return balancer;
    }

    int port() {
        return port;
    }

    private boolean accepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
