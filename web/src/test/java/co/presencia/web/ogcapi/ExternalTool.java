package co.presencia.web.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a real GIS client (GDAL's ogrinfo, OWSLib under Debian's /usr/bin/python3) for the integration tests; whether
 * one is installed is {@link co.presencia.web.testing.RequiredProgram}'s question.
 */
final class ExternalTool {

    private ExternalTool() {
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
