package co.presencia.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.testing.TestDatabases;
import co.presencia.web.testing.RequiredProgram;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;

/**
 * Several instances of the packaged application ({@code web/target/presencia.jar}, separate JVMs) on a fresh
 * database of the test PostGIS, behind HAProxy with the configuration {@code scripts/run-cluster} uses
 * ({@code scripts/lib/haproxy.cfg.in}). Every wait is bounded; {@link #close} ends every process it started and drops
 * the database. Logs go to {@code web/target/cluster-it/}.
 */
final class LocalCluster implements AutoCloseable {

    static final String USER = "admin";
    static final String PASSWORD = "clave-del-cluster-2026";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path root;
    private final Path logs;
    private final String adminUrl;
    private final String database;
    private final String databaseUrl;
    private final String user;
    private final String password;
    private final List<Process> instances = new ArrayList<>();
    private final List<Integer> ports = new ArrayList<>();
    private Process balancer;
    private int balancerPort;

    private LocalCluster(Path root, String adminUrl) throws IOException {
        this.root = root;
        this.logs = Files.createDirectories(root.resolve("web/target/cluster-it"));
        this.adminUrl = adminUrl;
        this.database = "cluster_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT);
        String base = adminUrl.contains("?") ? adminUrl.substring(0, adminUrl.indexOf('?')) : adminUrl;
        this.databaseUrl = base.substring(0, base.lastIndexOf('/') + 1) + database;
        this.user = parameter(adminUrl, "user");
        this.password = parameter(adminUrl, "password");
    }

    /** A cluster on a fresh database; fails under {@code CI=true} (skips otherwise) without HAProxy or PostGIS. */
    static LocalCluster create() throws IOException {
        String url = TestDatabases.postgisUrl();
        RequiredProgram.require("HAProxy", "haproxy", "haproxy", "-v");
        Path root = Path.of(System.getProperty("presencia.shapefiles", "../shapefiles")).toAbsolutePath().getParent();
        Path jar = root.resolve("web/target/presencia.jar");
        assertThat(jar).as("the packaged application (failsafe runs after package)").exists();
        LocalCluster cluster = new LocalCluster(root, url);
        cluster.sql("CREATE DATABASE " + cluster.database);
        return cluster;
    }

    /** Starts one more instance and waits until it is healthy; answers its port. */
    int startInstance(Duration within) throws IOException {
        int port = freePort();
        int number = instances.size() + 1;
        ProcessBuilder builder = new ProcessBuilder(javaCommand(), "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-jar", root.resolve("web/target/presencia.jar").toString(), "--server.port=" + port,
                "--server.address=127.0.0.1", "--presencia.data-dir=" + root.resolve("shapefiles"),
                "--presencia.home=" + Files.createDirectories(logs.resolve(database + "-" + number)),
                "--presencia.security.login.window=5s", "--logging.level.root=WARN",
                "--logging.level.co.presencia=INFO")
                .redirectErrorStream(true).redirectOutput(logs.resolve(database + "-instance-" + number + ".log").toFile());
        Map<String, String> env = builder.environment();
        env.put("SPRING_DATASOURCE_URL", databaseUrl);
        env.put("SPRING_DATASOURCE_USERNAME", user);
        env.put("SPRING_DATASOURCE_PASSWORD", password);
        env.put("PRESENCIA_ADMIN_USER", USER);
        env.put("PRESENCIA_ADMIN_PASSWORD", PASSWORD);
        Process process = builder.start();
        instances.add(process);
        ports.add(port);
        awaitHealthy(port, within, process);
        return port;
    }

    /** Starts HAProxy in front of every instance started so far and waits until it answers; answers its port. */
    int startBalancer() throws IOException {
        balancerPort = freePort();
        StringBuilder servers = new StringBuilder();
        for (int i = 0; i < ports.size(); i++) {
            servers.append("    server i").append(i + 1).append(" 127.0.0.1:").append(ports.get(i)).append(" check\n");
        }
        String template = Files.readString(root.resolve("scripts/lib/haproxy.cfg.in"), StandardCharsets.UTF_8);
        String config = template.replace("    bind @BIND@", "    bind 127.0.0.1:" + balancerPort)
                .replace("\n@SERVERS@\n", "\n" + servers);
        Path file = logs.resolve(database + "-haproxy.cfg");
        Files.writeString(file, config, StandardCharsets.UTF_8);
        balancer = new ProcessBuilder("haproxy", "-db", "-f", file.toString()).redirectErrorStream(true)
                .redirectOutput(logs.resolve(database + "-haproxy.log").toFile()).start();
        awaitHealthy(balancerPort, Duration.ofSeconds(20), balancer);
        return balancerPort;
    }

    /** Kills instance {@code index} (0-based) at once, as {@code kill -9} would. */
    void kill(int index) throws InterruptedException {
        Process process = instances.get(index);
        process.destroyForcibly();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }

    static String base(int port) {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        if (balancer != null) {
            balancer.destroy();
        }
        instances.forEach(Process::destroy);
        for (Process process : instances) {
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        try {
            sql("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        } catch (RuntimeException e) {
            System.err.println("Could not drop " + database + ": " + e.getMessage());
        }
    }

    private void awaitHealthy(int port, Duration within, Process process) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("process on port " + port + " ended; see " + logs).isTrue();
            try {
                HttpResponse<Void> r = CLIENT.send(HttpRequest.newBuilder(URI.create(base(port) + "/actuator/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            sleep(250);
        }
        Assertions.fail("port " + port + " not healthy within " + within + "; see " + logs);
    }

    private void sql(String statement) {
        try (Connection connection = DriverManager.getConnection(adminUrl); Statement s = connection.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement + ": " + e.getMessage(), e);
        }
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String parameter(String url, String name) {
        String query = url.contains("?") ? url.substring(url.indexOf('?') + 1) : "";
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return "";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
