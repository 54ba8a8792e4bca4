package co.presencia.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What one run of {@code presencia} reads and writes besides its arguments: the environment, standard output (the
 * report, nothing else) and standard error (progress, messages). Tests pass their own.
 */
record Invocation(Map<String, String> env, PrintStream out, PrintStream err) {

    /** {@code $PRESENCIA_HOME}, default {@code var}: the embedded database and the demo file live there. */
    Path home() {
        String home = env.get("PRESENCIA_HOME");
        return Path.of(home == null || home.isBlank() ? "var" : home);
    }
}
