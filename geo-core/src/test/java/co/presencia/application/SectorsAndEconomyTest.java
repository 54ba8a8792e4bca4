package co.presencia.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.presencia.economy.EconomicBranch;
import co.presencia.error.InvalidParameterException;
import co.presencia.error.NotFoundException;
import co.presencia.reference.ReferenceLoading;
import co.presencia.sector.InvalidSectorGroupingException;
import co.presencia.sector.Sector;
import co.presencia.sector.SectorGrouping;
import co.presencia.testing.ReferenceData;
import co.presencia.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sector and economy use cases: the errors adapters map, the sector filter, and a broken grouping at start. */
class SectorsAndEconomyTest {

    static Presencia presencia;

    @BeforeAll
    static void open() {
        presencia = Presencia.of(TestDatabases.h2gis(), ReferenceData.catalog(), PresenciaSettings.defaults(ReferenceData.shapefiles()));
    }

    @Test
    void economyErrorsNameTheParameterOrSayWhyThereIsNoFigure() {
        assertThatThrownBy(() -> presencia.economy().departments("2004")).isInstanceOfSatisfying(InvalidParameterException.class,
                e -> assertThat(e.parameter()).isEqualTo("year")).hasMessageContaining("2005 a 2023pr");
        assertThatThrownBy(() -> presencia.economy().municipality("05001", "2020")).hasMessageContaining("2021 a 2022p");
        assertThatThrownBy(() -> presencia.economy().municipality("94663", null)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("94343");
        assertThatThrownBy(() -> presencia.economy().municipality("27493", null)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("2024");
        assertThatThrownBy(() -> presencia.economy().municipality("99999", null)).isInstanceOf(NotFoundException.class);
        assertThat(presencia.economy().departments(null).year().label()).isEqualTo("2023pr");
        assertThat(presencia.economy().municipality("70823", "2022").years()).hasSize(1);
    }

    @Test
    void aSectorFilterIsACodeOfAnyLevelOrGroupingColonId() {
        Sectors sectors = presencia.sectors();
        assertThat(sectors.sector("sector", "C").classes()).hasSize(sectors.classification().classesOf(
                sectors.classification().find("C").orElseThrow()).size());
        assertThat(sectors.sector("sector", "10").name()).startsWith("Elaboración de productos alimenticios");
        Sector industry = sectors.sector("sector", "ejemplo-ramas-dane:industria");
        assertThat(industry.classes()).isEqualTo(sectors.sector("sector", "C").classes());
        assertThatThrownBy(() -> sectors.sector("sector", "ejemplo-ramas-dane:nada")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> sectors.sector("sector", "722")).isInstanceOfSatisfying(InvalidParameterException.class,
                e -> assertThat(e.parameter()).isEqualTo("sector"));
        assertThat(sectors.breakdown("level", "group").sectors()).hasSize(246);
        assertThat(sectors.breakdown("level", "CLASS").sectors()).hasSize(502);
        assertThat(sectors.breakdown("level", null).id()).isEqualTo("section");
        assertThatThrownBy(() -> sectors.breakdown("level", "subclase")).isInstanceOfSatisfying(InvalidParameterException.class,
                e -> assertThat(e.parameter()).isEqualTo("level"));
    }

    @Test
    void theExampleGroupingIsDanesTwelveBranchesOfDepartmentalGdp() {
        SectorGrouping example = presencia.sectors().grouping("ejemplo-ramas-dane");
        assertThat(example.sectors()).extracting(Sector::id)
                .containsExactlyElementsOf(Arrays.stream(EconomicBranch.values()).map(EconomicBranch::id).toList());
        for (EconomicBranch branch : EconomicBranch.values()) {
            String sections = example.sector(branch.id()).orElseThrow().classes().stream()
                    .map(c -> presencia.sectors().classification().find(c).orElseThrow().section())
                    .distinct().sorted().collect(Collectors.joining(", "));
            assertThat(sections).as(branch.id()).isEqualTo(branch.sections());
        }
    }

    @Test
    void aBrokenGroupingFileStopsTheServerStartNamingFileAndLine(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("mala.csv"), "sector,nombre_sector,ciiu\na,Uno,C\nb,Dos,1011\n");
        PresenciaSettings settings = PresenciaSettings.defaults(ReferenceData.shapefiles()).withSectorGroupingsDir(folder);
        assertThatThrownBy(() -> Presencia.open(TestDatabases.dataSourceOf(TestDatabases.h2gis()), settings,
                ReferenceLoading.REFRESH_WHEN_FILES_CHANGE)).isInstanceOf(InvalidSectorGroupingException.class)
                .hasMessageContaining("mala.csv, line 3, field ciiu");
    }
}
