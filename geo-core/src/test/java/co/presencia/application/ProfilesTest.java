package co.presencia.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.presencia.coverage.CoverageFigures.Headline;
import co.presencia.coverage.CoverageFigures.Reach;
import co.presencia.coverage.CoverageSelection;
import co.presencia.error.InvalidParameterException;
import co.presencia.error.NotFoundException;
import co.presencia.intervention.Fixtures;
import co.presencia.intervention.ImportListener;
import co.presencia.intervention.ImportOptions;
import co.presencia.testing.ReferenceData;
import co.presencia.testing.TestDatabases;
import co.presencia.text.Csv;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Profiles against figures computed by hand from {@code perfiles-conocidos.csv} (see the fixtures' README), with
 * Nariño's denominators counted independently from the reference table {@code municipios_master.csv} rather than
 * through the catalog the profiles use.
 */
class ProfilesTest {

    static Presencia presencia;
    static Nariño narino;

    /** Nariño's units in MGN 2018 (none retired by 2023), PDET and ZOMAC members and units under 200,000 in 2023. */
    record Nariño(int units, int pdet, int zomac, int under200k) {
    }

    @BeforeAll
    static void store() {
        presencia = Presencia.of(TestDatabases.h2gis(), ReferenceData.catalog(), PresenciaSettings.defaults(ReferenceData.shapefiles()));
        presencia.imports().importNow(Fixtures.path("perfiles-conocidos.csv"),
                ImportOptions.of("conocido", "perfiles-conocidos.csv"), ImportListener.NONE);
        List<CSVRecord> rows = Csv.read(ReferenceData.shapefiles().resolve("derived/municipios_master.csv")).stream()
                .filter(r -> r.get("cod_dpto").equals("52") && r.get("en_mgn2018").equals("True")).toList();
        narino = new Nariño(rows.size(), (int) rows.stream().filter(r -> r.get("pdet").equals("True")).count(),
                (int) rows.stream().filter(r -> r.get("zomac").equals("1")).count(),
                (int) rows.stream().filter(r -> Double.parseDouble(r.get("pob_2023")) < 200_000).count());
    }

    static CoverageSelection select(Map<String, String> parameters) {
        java.util.Map<String, String> all = new java.util.HashMap<>(parameters);
        all.put("dataset", "conocido");
        return presencia.selections().selectSingle(all);
    }

    @Test
    void theReferenceTableGivesNariñosDenominators() {
        assertThat(narino).isEqualTo(new Nariño(64, 16, 23, 62));
    }

    @Test
    void aDepartmentCountsOverItsOwnUnits() {
        Profile p = presencia.profiles().profile("52", select(Map.of("year", "2023")));
        Headline h = p.headline();
        assertThat(h.denominator().units()).isEqualTo(narino.units());
        assertThat(h.beneficiaries()).as("B1 (Tumaco and Pasto) counts once; B2, B3, B4, UP1").isEqualTo(5);
        assertThat(h.interventions()).isEqualTo(6);
        assertThat(h.municipalities()).isEqualTo(new Reach(4, narino.units(), 4.0 / narino.units()));
        assertThat(h.departments()).isEqualTo(new Reach(1, 1, 1.0));
        assertThat(h.pdetMunicipalities()).as("Tumaco and Barbacoas of Nariño's PDET").isEqualTo(new Reach(2, narino.pdet(), 2.0 / narino.pdet()));
        assertThat(h.pdetSubregions()).as("Pacífico y Frontera Nariñense reached; Alto Patía's Nariño part not").isEqualTo(new Reach(1, 2, 0.5));
        assertThat(h.zomacMunicipalities()).isEqualTo(new Reach(3, narino.zomac(), 3.0 / narino.zomac()));
        assertThat(h.populationBand()).as("Ipiales and Barbacoas; Pasto and Tumaco have 200,000 or more")
                .isEqualTo(new Reach(2, narino.under200k(), 2.0 / narino.under200k()));
        assertThat(h.mipyme().count()).isEqualTo(3);
        assertThat(h.mipyme().of()).as("B1, B2, B3, B4 are companies; UP1 is not").isEqualTo(4);
        assertThat(h.concentrationTop10().count()).as("Tumaco 2 + Pasto 2 + Ipiales 1 + Barbacoas 1").isEqualTo(6);
        assertThat(h.concentrationTop10().of()).isEqualTo(5);
        assertThat(h.groups()).filteredOn(g -> g.group().equals("pdet")).singleElement()
                .satisfies(g -> assertThat(g.focusInterventions().count()).as("P-01, P-05, P-09").isEqualTo(3));

        Headline national = p.national();
        assertThat(national.beneficiaries()).isEqualTo(7);
        assertThat(national.interventions()).isEqualTo(9);
        assertThat(national.municipalities().reached()).isEqualTo(6);
        assertThat(national.municipalities().of()).isEqualTo(1121);

        assertThat(p.territory().name()).isEqualTo("Nariño");
        assertThat(p.territory().units()).isEqualTo(narino.units());
        assertThat(p.territory().neighbours()).extracting(Profile.Neighbour::code).containsExactly("19", "86");
        assertThat(p.territory().neighbours()).extracting(Profile.Neighbour::reached).containsExactly(false, false);
        assertThat(p.unreached()).hasSize(narino.units() - 4);
        assertThat(p.unreached().get(0).code()).as("the most populous unreached unit").isEqualTo("52838");
        assertThat(p.unreached()).extracting(Profile.UnreachedUnit::code).doesNotContain("52835", "52001", "52356", "52079");
        assertThat(p.municipalities()).hasSize(narino.units());
        assertThat(p.department()).isNull();
    }

    @Test
    void programsAxesAndYearsOfADepartment() {
        Profile p = presencia.profiles().profile("52", select(Map.of("year", "2023")));
        assertThat(p.programs()).extracting(Profile.Breakdown::name, Profile.Breakdown::beneficiaries, Profile.Breakdown::interventions)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Fábricas de Productividad", 3, 3),
                        org.assertj.core.groups.Tuple.tuple("EnCadena", 2, 2),
                        org.assertj.core.groups.Tuple.tuple("Crecer Juntos", 1, 1));
        assertThat(p.axes()).extracting(Profile.Breakdown::id).containsExactly("productividad", "encadenamientos", "economia-popular");
        assertThat(p.years()).extracting(Profile.YearFigures::year).containsExactly(2022, 2023);
        Profile.YearFigures y2022 = p.years().get(0);
        assertThat(y2022.beneficiaries()).isEqualTo(2);
        assertThat(y2022.interventions()).isEqualTo(2);
        assertThat(y2022.municipalities()).isEqualTo(new Reach(2, narino.units(), 2.0 / narino.units()));
    }

    @Test
    void aFilterNarrowsTheProfileAndItsBreakdowns() {
        Profile p = presencia.profiles().profile("52", select(Map.of("year", "2023", "program", "encadena")));
        assertThat(p.headline().beneficiaries()).isEqualTo(2);
        assertThat(p.headline().municipalities().reached()).isEqualTo(2);
        assertThat(p.headline().pdetMunicipalities().reached()).as("Barbacoas").isEqualTo(1);
        assertThat(p.programs()).extracting(Profile.Breakdown::name).containsExactly("EnCadena");
        assertThat(p.national().beneficiaries()).as("B1, B4, B5, B2").isEqualTo(4);
        assertThat(p.years()).extracting(Profile.YearFigures::beneficiaries).containsExactly(1, 2);
    }

    @Test
    void aMunicipalityHasItsDepartmentAsContext() {
        Profile p = presencia.profiles().profile("52835", select(Map.of("year", "2023")));
        Headline h = p.headline();
        assertThat(h.beneficiaries()).as("B1 and UP1").isEqualTo(2);
        assertThat(h.interventions()).isEqualTo(2);
        assertThat(h.municipalities()).isEqualTo(new Reach(1, 1, 1.0));
        assertThat(h.pdetMunicipalities()).isEqualTo(new Reach(1, 1, 1.0));
        assertThat(h.zomacMunicipalities()).isEqualTo(new Reach(1, 1, 1.0));
        assertThat(h.populationBand()).as("Tumaco has more than 200,000 inhabitants").isEqualTo(new Reach(0, 0, null));
        assertThat(h.mipyme().count()).as("B1 is pequeña there").isEqualTo(1);
        assertThat(h.mipyme().of()).as("UP1 is no company").isEqualTo(1);
        assertThat(h.concentrationTop10()).as("no figure for one unit").isNull();
        Headline ipiales = presencia.profiles().profile("52356", select(Map.of("year", "2023"))).headline();
        assertThat(ipiales.mipyme().count()).as("B3 is grande").isZero();
        assertThat(ipiales.mipyme().of()).isEqualTo(1);
        assertThat(p.department().code()).isEqualTo("52");
        assertThat(p.department().headline().municipalities().reached()).isEqualTo(4);
        assertThat(p.territory().kind()).isEqualTo("municipality");
        assertThat(p.territory().name()).isEqualTo("San Andrés de Tumaco");
        assertThat(p.territory().groups()).extracting(Profile.Membership::group).contains("pdet", "zomac");
        assertThat(p.territory().neighbours()).extracting(Profile.Neighbour::code).contains("52079", "52621");
        assertThat(p.territory().neighbours()).filteredOn(Profile.Neighbour::reached).extracting(Profile.Neighbour::code)
                .as("Barbacoas is the one reached neighbour").containsExactly("52079");
        assertThat(p.programs()).extracting(Profile.Breakdown::name).containsExactly("Crecer Juntos", "Fábricas de Productividad");
        assertThat(p.years()).extracting(Profile.YearFigures::beneficiaries).containsExactly(0, 2);
        assertThat(p.unreached()).isEmpty();
        assertThat(p.municipalities()).as("the department's units, for the map").hasSize(narino.units());
    }

    @Test
    void pastoNeighboursIncludeItsReachedNeighbours() {
        Profile p = presencia.profiles().profile("52001", select(Map.of("year", "2023")));
        assertThat(p.headline().beneficiaries()).as("B1 and B2").isEqualTo(2);
        assertThat(p.territory().neighbours()).extracting(Profile.Neighbour::code).doesNotContain("52001");
    }

    @Test
    void codesAreCheckedAndNamed() {
        CoverageSelection selection = select(Map.of("year", "2023"));
        assertThatThrownBy(() -> presencia.profiles().profile("Narino", selection))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("code"))
                .hasMessageContaining("Narino");
        assertThatThrownBy(() -> presencia.profiles().profile("98", selection)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> presencia.profiles().profile("52999", selection)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> presencia.profiles().profile("94663", selection))
                .as("Mapiripana is not in force in 2023")
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("year"));
    }

    @Test
    void theProfileMapIsDrawnByTheStaticRenderer() throws Exception {
        Profile p = presencia.profiles().profile("52", select(Map.of("year", "2023")));
        byte[] png = presencia.profiles().mapPng(p, new Profiles.MapText("Beneficiarios por municipio — Nariño, 2023", "",
                "Beneficiarios", "Fuente: prueba"), 800);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isGreaterThan(400);
    }
}
