package co.presencia.web.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs a real GIS client (GDAL's ogrinfo, OWSLib under Debian's /usr/bin/python3) for the integration tests. A
 * missing client fails the test under {@code CI=true} and is reported skipped otherwise, with the package to
 * install ({@code scripts/test} installs gdal-bin and python3-owslib).
 */
final class ExternalTool {

    private ExternalTool() {
    }

    static boolean ci() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Fails (CI) or aborts (locally) unless {@code check} succeeds. */
    static void require(String description, String debianPackage, String... check) {
        String problem = null;
        try {
            Process p = new ProcessBuilder(check).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                problem = description + " is not usable (" + String.join(" ", check) + "): " + out.strip();
            }
        } catch (IOException e) {
            problem = description + " is not installed (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem = "interrupted";
        }
        if (problem != null) {
            String message = problem + "; install the Debian package " + debianPackage + " (scripts/test does)";
            if (ci()) {
                Assertions.fail("CI=true requires it: " + message);
            }
            Assumptions.abort(message);
        }
    }

    /** Runs a command, asserts exit status 0, and returns its standard output (stderr kept apart). */
    static String run(List<String> command) {
        try {
            Path err = Files.createTempFile("presencia-tool-", ".err");
            Process p = new ProcessBuilder(new ArrayList<>(command)).redirectError(err.toFile()).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            boolean done = p.waitFor(300, TimeUnit.SECONDS);
            String stderr = Files.readString(err);
            Files.deleteIfExists(err);
            assertThat(done).as("finished in time: " + command).isTrue();
            assertThat(p.exitValue()).as(command + "\nstderr: " + stderr).isZero();
            return out;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
