package co.presencia.web.system;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** A program a test needs (a balancer): absent, the test fails under {@code CI=true} and is skipped otherwise. */
final class RequiredProgram {

    private RequiredProgram() {
    }

    /** Runs {@code versionCommand}; when it cannot run or fails, fails or skips naming {@code debianPackage}. */
    static void require(String debianPackage, String... versionCommand) {
        String problem = null;
        try {
            Process p = new ProcessBuilder(versionCommand).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                problem = String.join(" ", versionCommand) + " failed";
            }
        } catch (IOException e) {
            problem = versionCommand[0] + " is not installed (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem = "interrupted";
        }
        if (problem != null) {
            String message = problem + "; install the Debian package " + debianPackage + " (scripts/test does)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("CI=true requires it: " + message);
            }
            Assumptions.abort(message);
        }
    }
}
