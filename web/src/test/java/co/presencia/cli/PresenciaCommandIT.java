package co.presencia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.intervention.Fixtures;
import co.presencia.testing.ReferenceData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every subcommand on a real store (an H2GIS file of its own, filled from the reference data on the first run, as
 * on a fresh checkout): what it prints and the exit code each outcome gives.
 */
class PresenciaCommandIT {

    @TempDir
    static Path home;
    private static Map<String, String> env;

    @BeforeAll
    static void importOneDataset() {
        env = Map.of("SPRING_DATASOURCE_URL", "jdbc:h2:file:" + home.resolve("cli").toAbsolutePath(),
                "PRESENCIA_DATA_DIR", ReferenceData.shapefiles().toString());
        CommandRun run = run("import", Fixtures.path("acentos-utf8.csv").toString(), "--dataset", "Acentos de prueba", "--quiet");
        assertThat(run.exitCode()).as(run.transcript()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("conjunto 'acentos-de-prueba'", "Estado: IMPORTED", "Filas: 10 leídas, 10 aceptadas, 0 rechazadas",
                "Conjunto 'acentos-de-prueba' (Acentos de prueba): 10 intervenciones, 9 beneficiarios, 9 municipios");
    }

    private static CommandRun run(String... args) {
        return CommandRun.of(home, env, args);
    }

    @Test
    void rejectedRowsImportNothingUnlessAccepted() throws IOException {
        Path rejects = home.resolve("rechazos.csv");
        CommandRun atomic = run("import", Fixtures.path("filas-invalidas.csv").toString(), "--dataset", "invalidas", "--quiet",
                "--rejects", rejects.toString());
        assertThat(atomic.exitCode()).as(atomic.transcript()).isEqualTo(ExitCodes.REJECTED);
        assertThat(atomic.out()).contains("Estado: REJECTED", "9 rechazadas", "línea 4 [V-3] anio: 'dos mil' → Año inválido");
        List<String> lines = Files.readAllLines(rejects, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(10).first().isEqualTo("\uFEFFarchivo,linea,id_registro,campo,valor,motivo"); // with a BOM, for spreadsheets
        assertThat(atomic.err()).contains("Rechazos (9) escritos en " + rejects);

        CommandRun partial = run("import", Fixtures.path("filas-invalidas.csv").toString(), "--dataset", "invalidas", "--quiet",
                "--accept-partial");
        assertThat(partial.exitCode()).as(partial.transcript()).isEqualTo(ExitCodes.OK);
        assertThat(partial.out()).contains("Estado: IMPORTED", "2 aceptadas, 9 rechazadas");
    }

    @Test
    void aFileThatIsNoTableOfInterventionsIsItsOwnExitCode() {
        CommandRun empty = run("import", Fixtures.path("vacio.csv").toString(), "--dataset", "vacia", "--quiet");
        assertThat(empty.exitCode()).as(empty.transcript()).isEqualTo(ExitCodes.INVALID_FILE);
        CommandRun headers = run("import", Fixtures.path("encabezados-erroneos.csv").toString(), "--dataset", "vacia", "--quiet");
        assertThat(headers.exitCode()).as(headers.transcript()).isEqualTo(ExitCodes.INVALID_FILE);
    }

    @Test
    void datasetsListsWhatIsStored() {
        CommandRun run = run("datasets");
        assertThat(run.exitCode()).as(run.transcript()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).containsPattern("(?m)^acentos-de-prueba\\s+Acentos de prueba\\s+10 intervenciones\\s+9 beneficiarios\\s+9 municipios");
    }

    @Test
    void aCoverageMapOfAStoredDataset() throws IOException {
        Path svg = home.resolve("cobertura.svg");
        CommandRun run = run("static-map", "--dataset", "acentos-de-prueba", "--year", "2023", "--out", svg.toString());
        assertThat(run.exitCode()).as(run.transcript()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEqualTo("static-map: " + svg.toAbsolutePath() + " (1121 unidades)" + System.lineSeparator());
        assertThat(Files.readString(svg, StandardCharsets.UTF_8)).contains("<svg", "Cobertura por municipio, 2023", "conjunto acentos-de-prueba");
    }

    @Test
    void aTerritoryMapByTheNamesOfTheFormerStaticMapCommand() throws IOException {
        Path png = home.resolve("antioquia.png");
        CommandRun run = run("static-map", "--level", "municipalities", "--department-code", "05", "--value", "population",
                "--out", png.toString());
        assertThat(run.exitCode()).as(run.transcript()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("(125 unidades)");
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G'};
        assertThat(Files.readAllBytes(png)).startsWith(signature);
    }

    @Test
    void whatTheCoreRefusesGivesTheRightExitCode() {
        CommandRun collection = run("static-map", "--collection", "nada", "--out", home.resolve("x.png").toString());
        assertThat(collection.exitCode()).as(collection.transcript()).isEqualTo(ExitCodes.FAILED);
        assertThat(collection.err()).contains("No existe la colección 'nada'");
        // The selection parser refuses a dataset that is not there as a parameter of the request, naming those that are.
        CommandRun dataset = run("static-map", "--dataset", "nada", "--out", home.resolve("x.png").toString());
        assertThat(dataset.exitCode()).as(dataset.transcript()).isEqualTo(ExitCodes.USAGE);
        assertThat(dataset.err()).startsWith("presencia static-map: --dataset: ").contains("'nada'", "acentos-de-prueba");
        CommandRun year = run("static-map", "--collection", "municipalities", "--year", "dos mil", "--out", home.resolve("x.png").toString());
        assertThat(year.exitCode()).as(year.transcript()).isEqualTo(ExitCodes.USAGE);
        assertThat(year.err()).startsWith("presencia static-map: --year: ");
        CommandRun unknown = run("static-map", "--collection", "municipalities", "--color", "rojo", "--out", home.resolve("x.png").toString());
        assertThat(unknown.exitCode()).as(unknown.transcript()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("--color: ", "'color'", "department_code");
        assertThat(home.resolve("x.png")).doesNotExist();
    }

    @Test
    void generatedFilesAndTheDemo() throws IOException {
        Path bulk = home.resolve("bulk.csv");
        assertThat(run("generate-bulk", bulk.toString(), "--rows", "50").exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readAllLines(bulk, StandardCharsets.UTF_8)).hasSize(51);

        CommandRun demo = run("demo", "--file", home.resolve("demo.csv").toString(), "--quiet");
        assertThat(demo.exitCode()).as(demo.transcript()).isEqualTo(ExitCodes.OK);
        assertThat(demo.out()).contains("conjunto 'demo'", "Estado: IMPORTED", "(Demo (sintético))");
        assertThat(demo.err()).contains("Archivo de demostración (sintético)");
        CommandRun again = run("demo", "--if-missing");
        assertThat(again.exitCode()).as(again.transcript()).isEqualTo(ExitCodes.OK);
        assertThat(again.out()).contains("ya existe");
    }
}
