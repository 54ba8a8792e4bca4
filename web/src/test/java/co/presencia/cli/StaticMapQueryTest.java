package co.presencia.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.PrintStream;
import java.io.OutputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** How {@code static-map}'s options become the query {@code StaticMaps.render} receives, as the HTTP endpoint does. */
class StaticMapQueryTest {

    private static StaticMapCommand parse(String... args) {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        var parsed = new PresenciaCommand(Map.of(), nowhere, nowhere).commandLine().parseArgs(args);
        return (StaticMapCommand) parsed.subcommand().commandSpec().userObject();
    }

    @Test
    void aCoverageMapShowsBeneficiariesUnlessAValueIsGiven() {
        StaticMapCommand command = parse("static-map", "--out", "m.png", "--dataset", "demo", "--year", "2023");
        assertThat(command.collection()).isEqualTo("municipal-coverage");
        assertThat(command.query()).containsOnlyKeys("value", "dataset", "year")
                .containsEntry("value", new String[] {"beneficiaries"}).containsEntry("year", new String[] {"2023"});
        assertThat(parse("static-map", "--out", "m.png", "--collection", "department-coverage", "--value", "per10k").query())
                .containsExactly(entry("value", new String[] {"per10k"}));
    }

    @Test
    void aTerritoryMapLeavesTheValueToTheCore() {
        StaticMapCommand command = parse("static-map", "--out", "m.svg", "--level", "municipalities", "--department-code", "05",
                "--classes", "7", "--method", "jenks", "--ramp", "blues", "--width", "800", "--title", "Antioquia");
        assertThat(command.collection()).isEqualTo("municipalities");
        assertThat(command.query()).containsOnlyKeys("department_code", "classes", "method", "ramp", "width", "title")
                .containsEntry("department_code", new String[] {"05"}).containsEntry("title", new String[] {"Antioquia"});
    }

    @Test
    void theCollectionIsNamedOnce() {
        assertThat(parse("static-map", "--out", "m.png", "--collection", "departments").collection()).isEqualTo("departments");
        assertThat(parse("static-map", "--out", "m.png").collection()).isEqualTo("municipal-coverage");
        StaticMapCommand both = parse("static-map", "--out", "m.png", "--collection", "departments", "--level", "municipalities");
        assertThatThrownBy(both::collection).isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("--level");
    }

    @Test
    void otherCollectionParametersPassThroughInBothForms() {
        StaticMapCommand command = parse("static-map", "--out", "m.png", "--collection", "municipalities", "--pdet", "true",
                "--rurality=Rural disperso");
        assertThat(command.query()).containsOnlyKeys("pdet", "rurality")
                .containsEntry("pdet", new String[] {"true"}).containsEntry("rurality", new String[] {"Rural disperso"});
    }

    @Test
    void aParameterGivenTwiceReachesTheCoreTwiceSoItCanRefuseIt() {
        StaticMapCommand command = parse("static-map", "--out", "m.png", "--collection", "municipalities",
                "--department-code", "05", "--department_code", "08");
        assertThat(command.query()).containsEntry("department_code", new String[] {"05", "08"});
    }
}
