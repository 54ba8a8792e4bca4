package co.presencia.web.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A program a test needs (a GIS client, a browser, a load balancer): when it is missing or unusable, the test fails
 * under {@code CI=true} and is reported skipped otherwise, naming the Debian package to install ({@code scripts/test}
 * installs them).
 */
public final class RequiredProgram {

    private RequiredProgram() {
    }

    /** Whether this run is CI's, where nothing a test needs may be missing. */
    public static boolean ci() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Fails (CI) or aborts (locally) unless {@code check} runs and exits with 0. */
    public static void require(String description, String debianPackage, String... check) {
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
}
