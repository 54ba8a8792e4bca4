package co.presencia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.testing.ReferenceData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/presencia} and {@code scripts/static-map} start the command line from the built jar (through
 * Spring Boot's PropertiesLauncher): the integration phase runs after {@code package}, so the jar is there and
 * newer than the sources, and the scripts do not rebuild it.
 */
class CommandScriptsIT {

    @TempDir
    Path home;

    private record Result(int exitCode, String out) {
    }

    private Result script(String name, String... args) throws IOException, InterruptedException {
        Path root = ReferenceData.shapefiles().toAbsolutePath().getParent();
        List<String> command = new ArrayList<>(List.of(root.resolve("scripts").resolve(name).toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(home.toFile());
        builder.environment().put("PRESENCIA_HOME", home.toString());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(out).isTrue();
        return new Result(process.exitValue(), out);
    }

    @Test
    void presenciaHelpRunsFromTheJar() throws Exception {
        Result help = script("presencia", "--help");
        assertThat(help.exitCode()).as(help.out()).isZero();
        assertThat(help.out()).contains("Uso (usage): presencia", "static-map", "Códigos de salida (exit codes):");
        Result usage = script("presencia", "importar");
        assertThat(usage.exitCode()).as(usage.out()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void staticMapHelpIsTheHelpOfPresenciaStaticMap() throws Exception {
        Result help = script("static-map", "--help");
        assertThat(help.exitCode()).as(help.out()).isZero();
        assertThat(help.out()).contains("Uso (usage): presencia static-map", "--collection", "--department-code");
    }
}
