package co.presencia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parsing, help and usage errors of every subcommand: none of these runs reaches a store (one that did would
 * fail on the missing reference data of the empty data folder, exit 1, not 64).
 */
class PresenciaCommandTest {

    @TempDir
    Path home;

    private CommandRun run(String... args) {
        return CommandRun.of(home, Map.of("PRESENCIA_DATA_DIR", home.resolve("no-data").toString()), args);
    }

    @Test
    void withoutASubcommandTheUsageGoesToStandardErrorAsAUsageError() {
        CommandRun run = run();
        assertThat(run.exitCode()).as(run.transcript()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("Uso (usage): presencia", "import", "static-map");
    }

    @Test
    void helpListsEverySubcommandAndTheExitCodesSpanishFirst() {
        CommandRun run = run("--help");
        assertThat(run.exitCode()).as(run.transcript()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("Uso (usage): presencia", "Órdenes (commands):", "Códigos de salida (exit codes):",
                "sin el servidor web", "without the web server", "filas rechazadas, nada importado (rows rejected, nothing imported)");
        for (String subcommand : List.of("import", "demo", "generate-demo", "generate-bulk", "datasets", "static-map", "help")) {
            assertThat(run.out()).containsPattern("(?m)^\\s+" + subcommand + "\\s");
        }
        assertThat(run.out()).containsPattern("(?m)^\\s+64\\s+uso incorrecto");
    }

    static Stream<Arguments> subcommands() {
        List<String> store = List.of("--database-url", "--data-dir");
        return Stream.of(
                Arguments.of("import", concat(store, "--dataset", "--name", "--accept-partial", "--replace", "--map", "--rejects",
                        "--quiet", "--stats", "ARCHIVO")),
                Arguments.of("demo", concat(store, "--if-missing", "--file", "--seed", "--quiet")),
                Arguments.of("generate-demo", concat(store, "--seed", "DEMO.csv")),
                Arguments.of("generate-bulk", concat(store, "--rows", "--seed", "ARCHIVO.csv")),
                Arguments.of("datasets", store),
                Arguments.of("static-map", concat(store, "--out", "--collection", "--level", "--value", "--method", "--classes",
                        "--ramp", "--width", "--title", "--dataset", "--year", "--axis", "--program", "--size", "--department",
                        "--department-code")));
    }

    private static List<String> concat(List<String> first, String... more) {
        return Stream.concat(first.stream(), Stream.of(more)).toList();
    }

    @ParameterizedTest(name = "{0} --help")
    @MethodSource("subcommands")
    void eachSubcommandHasItsHelpWithEveryOption(String subcommand, List<String> options) {
        CommandRun run = run(subcommand, "--help");
        assertThat(run.exitCode()).as(run.transcript()).isZero();
        assertThat(run.out()).contains("Uso (usage): presencia " + subcommand, "Opciones (options):",
                "Muestra esta ayuda y termina.", "Shows this help and exits.");
        assertThat(run.out()).contains(options);
        assertThat(run("help", subcommand).out()).isEqualTo(run.out());
    }

    @Test
    void anUnknownSubcommandIsAUsageErrorThatNamesIt() {
        CommandRun run = run("importar", "x.csv");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("presencia: ").contains("importar").contains("Vea (see) 'presencia --help'");
    }

    @Test
    void importNeedsAFileAndADataset() {
        CommandRun noDataset = run("import", "x.csv");
        assertThat(noDataset.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noDataset.err()).startsWith("presencia import: ").contains("--dataset");
        assertThat(run("import", "--dataset", "cp-2023").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("import", "a.csv", "b.csv", "--dataset", "cp-2023").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void importOfAFileThatDoesNotExistIsAUsageErrorBeforeTheStoreOpens() {
        CommandRun run = run("import", home.resolve("no-such.csv").toString(), "--dataset", "cp-2023");
        assertThat(run.exitCode()).as(run.transcript()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("no existe el archivo", "no-such.csv", "(no such file)");
        assertThat(Files.exists(home.resolve("presencia.mv.db"))).isFalse();
    }

    @Test
    void anUnknownFieldInTheMappingIsAUsageError() throws java.io.IOException {
        Path file = Files.writeString(home.resolve("a.csv"), "id_registro\n");
        CommandRun run = run("import", file.toString(), "--dataset", "cp-2023", "--map", "color=Color");
        assertThat(run.exitCode()).as(run.transcript()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("presencia import: ").contains("Campo desconocido 'color'");
    }

    @Test
    void anUnknownOptionIsAUsageErrorThatNamesIt() {
        CommandRun run = run("datasets", "--verbose");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("presencia datasets: ").contains("--verbose").contains("'presencia datasets --help'");
    }

    @Test
    void numbersAreChecked() {
        assertThat(run("generate-bulk", "out.csv").err()).contains("--rows");
        CommandRun rows = run("generate-bulk", "out.csv", "--rows", "mil");
        assertThat(rows.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(rows.err()).contains("--rows", "mil");
        assertThat(run("generate-demo", "out.csv", "--seed", "x").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("demo", "--seed", "1.5").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aStaticMapNeedsAPngOrSvgFile() {
        assertThat(run("static-map").err()).contains("--out");
        CommandRun gif = run("static-map", "--out", "mapa.gif");
        assertThat(gif.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(gif.err()).contains(".png o .svg", "mapa.gif");
    }

    @Test
    void aStaticMapCollectionParameterNeedsAValue() {
        CommandRun missing = run("static-map", "--out", "mapa.png", "--pdet");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("falta el valor de --pdet");
        CommandRun stray = run("static-map", "--out", "mapa.png", "suelto");
        assertThat(stray.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(stray.err()).contains("'suelto'");
    }
}
