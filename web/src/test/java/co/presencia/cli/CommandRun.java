package co.presencia.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** One run of {@code presencia} with captured standard output and error. */
record CommandRun(int exitCode, String out, String err) {

    /**
     * Runs {@code args} with the environment {@code env}; a run that reaches a store opens the H2GIS file under
     * {@code home} (never the repository's {@code var/}).
     */
    static CommandRun of(Path home, Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> environment = new java.util.HashMap<>(env);
        environment.putIfAbsent("PRESENCIA_HOME", home.toString());
        int code = new PresenciaCommand(environment, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new CommandRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** What a failing assertion shows. */
    String transcript() {
        return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
}
