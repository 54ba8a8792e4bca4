package co.presencia.web.ogcapi;

import co.presencia.web.testing.RequiredProgram;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The official OGC API – Features Part 1 executable test suite (OGC CITE's {@code ets-ogcapi-features10}, Apache 2.0)
 * run against a landing page, in its own JVM, as {@code ../shared/peers/ogc-ets/run} does.
 *
 * <p>The suite's all-in-one jar is built once from its source in {@code ../shared/peers/ets-ogcapi-features10} with
 * the project's Maven wrapper (dependencies from Maven Central only) and kept in {@code ~/.cache/ogc-ets} (the
 * folder the shared run script uses; {@code ETS_CACHE} moves it, {@code ETS_JAR} names a jar to use as is). Without
 * the source or a jar the test fails under {@code CI=true} and is reported skipped otherwise.
 *
 * <p>Harness failures are the suite's own, not the server's: its CRS library (proj4j) does not know EPSG:9377, so
 * the three tests that reproject into each collection's CRS list fail there with {@code UnknownAuthorityCodeException}.
 * Only those, for that CRS, are set apart ({@link #HARNESS_METHODS}); every other failure fails the build.
 */
final class OgcEts {

    static final String JAR_NAME = "ets-ogcapi-features10-aio.jar";
    /** The suite's tests that transform coordinates with proj4j into each CRS a collection lists. */
    static final Set<String> HARNESS_METHODS = Set.of("verifyBboxCrsParameter",
            "verifyFeaturesCrsParameterTransformWithCrsParameter", "verifyFeatureCrsParameterTransformWithoutCrsParameter");
    private static final String UNKNOWN_CODE = "org.locationtech.proj4j.UnknownAuthorityCodeException";
    private static final String ORIGEN_NACIONAL = "http://www.opengis.net/def/crs/EPSG/0/9377";

    /** One test method of the suite that did not pass. */
    record Failure(String method, List<String> parameters, String exception, String message) {
        boolean harness() {
            return HARNESS_METHODS.contains(method) && UNKNOWN_CODE.equals(exception) && message.contains("EPSG:9377")
                    && parameters.contains(ORIGEN_NACIONAL);
        }

        @Override
        public String toString() {
            return method + " " + parameters.stream().filter(p -> !p.contains("JsonPath@")).toList() + ": " + exception
                    + " " + message.lines().findFirst().orElse("");
        }
    }

    /** The suite's verdict: counts of test methods (configuration methods left out) and the failures. */
    record Result(int passed, int skipped, List<Failure> failures, double seconds, Path xml) {
        List<Failure> serverFailures() {
            return failures.stream().filter(f -> !f.harness()).toList();
        }

        List<Failure> harnessFailures() {
            return failures.stream().filter(Failure::harness).toList();
        }

        String summary() {
            return String.format(java.util.Locale.ROOT, "ets passed=%d failed=%d skipped=%d harness_failed=%d seconds=%.0f",
                    passed, serverFailures().size(), skipped, harnessFailures().size(), seconds);
        }
    }

    private OgcEts() {
    }

    /** Runs the suite against {@code landingPage}, writing its TestNG results and a summary under {@code out}. */
    static Result run(String landingPage, Path out) throws IOException, InterruptedException {
        Path jar = jar();
        deleteTree(out);
        Files.createDirectories(out);
        Files.writeString(out.resolve("props.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <properties version="1.0">
                  <entry key="iut">%s</entry>
                  <entry key="noofcollections">-1</entry>
                </properties>
                """.formatted(landingPage), StandardCharsets.UTF_8);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(javaBinary(), "-jar", jar.toString(), "-o", out.toString(),
                out.resolve("props.xml").toString()).redirectErrorStream(true).redirectOutput(out.resolve("ets.log").toFile()).start();
        if (!process.waitFor(20, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            Assertions.fail("The OGC ETS did not finish in 20 minutes; see " + out.resolve("ets.log"));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Path xml;
        try (Stream<Path> files = Files.walk(out)) {
            xml = files.filter(p -> p.getFileName().toString().equals("testng-results.xml")).findFirst()
                    .orElseThrow(() -> new AssertionError("The OGC ETS wrote no testng-results.xml; see " + out.resolve("ets.log")));
        }
        Result result = parse(xml, seconds);
        Files.writeString(out.resolve("summary.txt"), result.summary() + "\n"
                + String.join("\n", result.failures().stream().map(f -> (f.harness() ? "HARNESS " : "FAIL ") + f).toList()) + "\n");
        return result;
    }

    static Result parse(Path xml, double seconds) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = factory.newDocumentBuilder().parse(xml.toFile());
            NodeList methods = doc.getElementsByTagName("test-method");
            int passed = 0;
            int skipped = 0;
            List<Failure> failures = new ArrayList<>();
            for (int i = 0; i < methods.getLength(); i++) {
                Element m = (Element) methods.item(i);
                if ("true".equals(m.getAttribute("is-config"))) {
                    continue;
                }
                switch (m.getAttribute("status")) {
                    case "PASS" -> passed++;
                    case "SKIP" -> skipped++;
                    default -> failures.add(failure(m));
                }
            }
            return new Result(passed, skipped, List.copyOf(failures), seconds, xml);
        } catch (Exception e) {
            throw new IllegalStateException("Could not read " + xml + ": " + e.getMessage(), e);
        }
    }

    private static Failure failure(Element m) {
        List<String> parameters = new ArrayList<>();
        NodeList values = m.getElementsByTagName("value");
        for (int i = 0; i < values.getLength(); i++) {
            parameters.add(values.item(i).getTextContent().strip());
        }
        NodeList exceptions = m.getElementsByTagName("exception");
        Element exception = exceptions.getLength() == 0 ? null : (Element) exceptions.item(0);
        NodeList messages = exception == null ? null : exception.getElementsByTagName("message");
        String message = messages == null || messages.getLength() == 0 ? "" : messages.item(0).getTextContent().strip();
        return new Failure(m.getAttribute("name"), List.copyOf(parameters), exception == null ? "" : exception.getAttribute("class"),
                message);
    }

    /** The suite's jar: {@code ETS_JAR}, else the cached build, else built now from the shared source and cached. */
    static Path jar() throws IOException, InterruptedException {
        String given = System.getenv("ETS_JAR");
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        String cacheDir = System.getenv("ETS_CACHE");
        Path cache = cacheDir == null || cacheDir.isBlank()
                ? Path.of(System.getProperty("user.home"), ".cache", "ogc-ets") : Path.of(cacheDir);
        Path jar = cache.resolve(JAR_NAME);
        if (Files.isRegularFile(jar)) {
            return jar;
        }
        Path root = projectRoot();
        Path source = root.resolve("../shared/peers/ets-ogcapi-features10").normalize();
        if (!Files.isRegularFile(source.resolve("pom.xml"))) {
            String message = "The OGC ETS source is not at " + source + " (../shared/peers beside the repository) and no jar is in "
                    + cache + " or ETS_JAR";
            if (RequiredProgram.ci()) {
                Assertions.fail("CI=true requires it: " + message);
            }
            Assumptions.abort(message);
        }
        Files.createDirectories(cache);
        Path build = Files.createTempDirectory("ogc-ets-build-");
        try {
            copyTree(source, build);
            Path log = build.resolve("build.log");
            // The copy has no .git: the build-number plugin is given a revision instead of asking git.
            Process process = new ProcessBuilder(root.resolve("mvnw").toString(), "-q", "-B", "-DskipTests",
                    "-Dmaven.buildNumber.revisionOnScmFailure=shared-peers", "package").directory(build.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(20, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                Assertions.fail("Building the OGC ETS failed:\n" + Files.readString(log));
            }
            Path built;
            try (Stream<Path> files = Files.list(build.resolve("target"))) {
                built = files.filter(p -> p.getFileName().toString().endsWith("-aio.jar")).findFirst()
                        .orElseThrow(() -> new AssertionError("The ETS build made no -aio.jar"));
            }
            Path partial = Files.createTempFile(cache, JAR_NAME, ".part");
            Files.copy(built, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, jar, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return jar;
        } finally {
            deleteTree(build);
        }
    }

    /** The repository root: the nearest folder upwards from the working directory that holds {@code mvnw}. */
    static Path projectRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("mvnw")) && Files.isDirectory(p.resolve("web"))) {
                return p;
            }
        }
        throw new IllegalStateException("No mvnw above " + Path.of("").toAbsolutePath());
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                    target.toFile().setWritable(true, true);
                }
            }
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
