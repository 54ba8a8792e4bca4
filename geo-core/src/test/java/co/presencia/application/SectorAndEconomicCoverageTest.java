package co.presencia.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.presencia.coverage.CoverageSelection;
import co.presencia.error.InvalidParameterException;
import co.presencia.intervention.ImportListener;
import co.presencia.intervention.ImportOptions;
import co.presencia.intervention.ImportStatus;
import co.presencia.testing.ReferenceData;
import co.presencia.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sector filter, coverage by sector and the economic figures as adapters call them: what each parameter accepts,
 * the error naming it when it does not, and the sources and years the economic figures name.
 */
class SectorAndEconomicCoverageTest {

    static Presencia presencia;

    @BeforeAll
    static void store() throws IOException {
        presencia = Presencia.of(TestDatabases.h2gis(), ReferenceData.catalog(), PresenciaSettings.defaults(ReferenceData.shapefiles()));
        Path file = Files.createTempFile("sectores-", ".csv");
        Files.writeString(file, """
                id,beneficiario,anio,programa,cod_municipio,ciiu
                1,B1,2023,EnCadena,05001,1011
                2,B1,2023,EnCadena,05001,4711
                3,B2,2023,EnCadena,52835,111
                4,B3,2023,EnCadena,11001,C
                5,B4,2023,EnCadena,11001,
                """);
        var report = presencia.imports().importNow(file, ImportOptions.of("sectores", "sectores.csv"), ImportListener.NONE);
        assertThat(report.status()).isEqualTo(ImportStatus.IMPORTED);
    }

    static CoverageSelection select(String... pairs) {
        Map<String, String> parameters = new HashMap<>(Map.of("dataset", "sectores", "year", "2023"));
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.put(pairs[i], pairs[i + 1]);
        }
        return presencia.selections().selectSingle(parameters);
    }

    @Test
    void theSectorFilterIsNamedCanonicallyAndCounts() {
        assertThat(select("sector", "c").filter().sector().id()).isEqualTo("C");
        assertThat(select("sector", "111").filter().sector().id()).isEqualTo("0111");
        assertThat(select("sector", "Ejemplo-Ramas-DANE:industria").filter().sector().id()).isEqualTo("ejemplo-ramas-dane:industria");
        assertThat(presencia.coverage().counts(select("sector", "C")).beneficiaries()).as("B1 (1011), B3 (C)").isEqualTo(2);
        assertThat(presencia.coverage().counts(select("sector", "C,G")).interventions()).isEqualTo(3);
        assertThat(presencia.coverage().context(select("sector", "10")).filter().sector().name())
                .startsWith("Elaboración de productos alimenticios");
    }

    @Test
    void aBadSectorIsABadValueOfSector() {
        for (String bad : new String[] {"9999", "722", "nada:x", "ejemplo-ramas-dane:nada", "0010"}) {
            assertThatThrownBy(() -> select("sector", bad)).as(bad).isInstanceOfSatisfying(InvalidParameterException.class,
                    e -> assertThat(e.parameter()).isEqualTo("sector"));
        }
        assertThatThrownBy(() -> presencia.sectors().figureBreakdown("level", "sección-x"))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("level"));
    }

    @Test
    void coverageBySectorNamesWhatNoSectorHolds() {
        var table = presencia.coverage().sectors(select(), presencia.sectors().figureBreakdown("level", "division"));
        assertThat(table.rows().stream().filter(r -> r.reached()).map(r -> r.code()).toList()).as("ties keep DANE's order").containsExactly("01", "10", "47");
        assertThat(table.outside().uncodedInterventions()).isEqualTo(1);
        assertThat(table.outside().unassignedInterventions()).as("section C spans divisions").isEqualTo(1);
    }

    @Test
    void theEconomicFiguresNameTheirYearAndRefuseYearsWithoutData() {
        EconomicCoverage economic = presencia.economicCoverage();
        var weight = economic.weight(select(), null).report();
        assertThat(weight.economyYearLabel()).isEqualTo("2023pr");
        assertThat(weight.source()).isEqualTo("DANE, PIB departamental por actividad económica 2023pr");
        assertThat(economic.weight(select("year", "2024"), null).report().economyYear()).as("the latest before 2024").isEqualTo(2023);
        assertThat(economic.weight(select(), "2015").report().economyYearLabel()).isEqualTo("2015");
        assertThatThrownBy(() -> economic.weight(select(), "2004")).isInstanceOfSatisfying(InvalidParameterException.class,
                e -> assertThat(e.parameter()).isEqualTo("economyYear")).hasMessageContaining("2005 a 2023pr");
        var gaps = economic.gaps(select(), "5").report();
        assertThat(gaps.source()).isEqualTo("DANE, valor agregado municipal 2022p");
        assertThat(gaps.items()).hasSize(5).extracting(g -> g.rank()).containsExactly(1, 2, 3, 4, 5);
        assertThat(gaps.unreached()).isEqualTo(gaps.unitsInForce() - 3);
        for (String bad : new String[] {"0", "-1", "abc", "2001"}) {
            assertThatThrownBy(() -> economic.gaps(select(), bad)).as(bad).isInstanceOfSatisfying(InvalidParameterException.class,
                    e -> assertThat(e.parameter()).isEqualTo("limit"));
        }
    }

    @Test
    void profilesCarryTheSectionsAndTheEconomy() {
        Profile medellin = presencia.profiles().profile("05001", select());
        assertThat(medellin.sectors()).extracting(Profile.Breakdown::id).containsExactlyInAnyOrder("C", "G");
        assertThat(medellin.economy().valueAdded().source()).isEqualTo("DANE, valor agregado municipal 2022p");
        assertThat(medellin.economy().valueAdded().total()).isGreaterThan(70_000.0);
        assertThat(medellin.economy().beneficiaryShare()).isEqualTo(1 / 4.0);
        assertThat(medellin.economy().department().code()).isEqualTo("05");
        Profile bajira = presencia.profiles().profile("27493", select("year", "2024"));
        assertThat(bajira.economy().valueAdded().total()).as("DANE publishes none yet").isNull();
    }
}
