package co.presencia.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.presencia.coverage.CoverageFigures;
import co.presencia.coverage.CoverageFilter;
import co.presencia.coverage.CoverageIndex;
import co.presencia.intervention.Axis;
import co.presencia.intervention.CompanySize;
import co.presencia.intervention.Intervention;
import co.presencia.intervention.Placement;
import co.presencia.testing.ReferenceData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * User-defined groups arrive as CSV (how the ECB territories come): a territory name and a municipality or
 * department code per line. The territories here are made up for the test; no real ECB list exists in the data.
 */
class UserGroupCsvTest {

    @TempDir
    Path dir;

    private final List<Municipality> municipalities = new ArrayList<>(ReferenceData.catalog().municipalities());

    @Test
    void readsTerritoriesFromMunicipalityAndDepartmentCodes() throws Exception {
        Path file = dir.resolve("ecb.csv");
        Files.writeString(file, """
                grupo,territorio,codigo
                Territorios de prueba,Pacífico nariñense,52835
                Territorios de prueba,Pacífico nariñense,52079
                Territorios de prueba,Todo Chocó,27
                Territorios de prueba,Catatumbo,54810
                """, StandardCharsets.UTF_8);
        TerritoryGroup group = UserGroupCsv.read(file, municipalities);
        assertThat(group.id()).isEqualTo("ecb");
        assertThat(group.name()).isEqualTo("Territorios de prueba");
        assertThat(group.kind()).isEqualTo(GroupKind.USER_DEFINED);
        assertThat(group.territories()).extracting(Territory::name).containsExactly("Pacífico nariñense", "Todo Chocó", "Catatumbo");
        assertThat(group.territories().get(1).municipalities()).as("DIVIPOLA 2024: 30 MGN units and 27493").hasSize(31).allMatch(c -> c.departmentCode().equals("27"));
        assertThat(group.territories().get(0).municipalities()).containsExactly(new DivipolaCode("52079"), new DivipolaCode("52835"));
    }

    @Test
    void xOfNTerritoriesReachedOnAUserGroup() throws Exception {
        Path file = dir.resolve("ecb.csv");
        Files.writeString(file, "territorio,codigo\nA,52835\nB,27\nC,54810\n", StandardCharsets.UTF_8);
        TerritoryGroup group = UserGroupCsv.read(file, municipalities);
        ReferenceCatalog catalog = ReferenceData.catalog();
        List<Intervention> records = List.of(
                new Intervention("1", "b1", 2023, "Territorios Clúster", Axis.AGLOMERACIONES, CompanySize.MICRO,
                        new DivipolaCode("52835"), Placement.CODE, null, null, null, null, null, null, 2),
                new Intervention("2", "b2", 2023, "Territorios Clúster", Axis.AGLOMERACIONES, CompanySize.MICRO,
                        new DivipolaCode("27001"), Placement.CODE, null, null, null, null, null, null, 3),
                new Intervention("3", "b3", 2023, "Territorios Clúster", Axis.AGLOMERACIONES, CompanySize.MICRO,
                        new DivipolaCode("05001"), Placement.CODE, null, null, null, null, null, null, 4));
        CoverageIndex index = CoverageIndex.build(catalog, sink -> records.forEach(sink));
        CoverageFigures.GroupReach reach = CoverageFigures.groupReach(index.count(CoverageFilter.ofYear(2023), 2023), group);
        // A (Tumaco) and B (Quibdó in Chocó) reached, C not: 2 of 3; 2 of 3 interventions in the group.
        assertThat(reach.territories().reached()).isEqualTo(2);
        assertThat(reach.territories().of()).isEqualTo(3);
        assertThat(reach.focusInterventions().count()).isEqualTo(2);
        assertThat(reach.focusInterventions().of()).isEqualTo(3);
    }

    @Test
    void anUnknownCodeNamesTheFileLineAndField() throws Exception {
        Path file = dir.resolve("ecb.csv");
        Files.writeString(file, "territorio,codigo\nA,52835\nB,99999\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> UserGroupCsv.read(file, municipalities))
                .hasMessageContaining("ecb.csv").hasMessageContaining("line 3").hasMessageContaining("codigo")
                .hasMessageContaining("99999");
    }

    @Test
    void wrongHeadersAreNamed() throws Exception {
        Path file = dir.resolve("otro.csv");
        Files.writeString(file, "nombre_x,cosa\nA,52835\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> UserGroupCsv.read(file, municipalities)).hasMessageContaining("otro.csv").hasMessageContaining("territorio");
    }
}
