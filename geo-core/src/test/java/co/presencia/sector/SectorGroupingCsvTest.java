package co.presencia.sector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sector groupings as configuration: mixed levels accepted, unknown codes and overlaps rejected with file and line. */
class SectorGroupingCsvTest {

    private static final CiiuClassification CIIU = CiiuClassificationTest.CIIU;

    @TempDir
    Path folder;

    @Test
    void mapsCodesOfEveryLevelAndLeavesTheRestUnassigned() throws IOException {
        Path file = write("agro-industria.csv", """
                # a program's own grouping
                sector,nombre_sector,ciiu,agrupacion
                cafe,Café,0123,Agroindustria del programa
                cafe,Café,1061
                alimentos,Alimentos y bebidas,101
                alimentos,Alimentos y bebidas,11
                aceites,Aceites,1030
                software,Software,J6201
                mineria,Minería,B
                lacteos-finos,Lácteos,grupo 105
                """);
        SectorGrouping grouping = SectorGroupingCsv.read(file, CIIU);

        assertThat(grouping.id()).isEqualTo("agro-industria");
        assertThat(grouping.name()).isEqualTo("Agroindustria del programa");
        assertThat(grouping.kind()).isEqualTo(SectorGroupingKind.CONFIGURED);
        assertThat(grouping.sectors()).extracting(Sector::id)
                .containsExactly("cafe", "alimentos", "aceites", "software", "mineria", "lacteos-finos");
        assertThat(grouping.sector("cafe").orElseThrow().classes()).containsExactly("0123", "1061");
        assertThat(grouping.sector("aceites").orElseThrow().classes()).containsExactly("1031", "1032", "1033");
        int mapped = grouping.sectors().stream().mapToInt(s -> s.classes().size()).sum();
        assertThat(grouping.unassignedClasses()).isEqualTo(502 - mapped);
        assertThat(grouping.sectorOf(activity("1011"), CIIU).map(Sector::id)).contains("alimentos");
        assertThat(grouping.sectorOf(activity("103"), CIIU).map(Sector::id)).as("a group wholly in one sector").contains("aceites");
        assertThat(grouping.sectorOf(activity("10"), CIIU)).as("division 10 spans several sectors").isEmpty();
        assertThat(grouping.sectorOf(activity("4711"), CIIU)).as("unassigned").isEmpty();
    }

    @Test
    void anUnknownCodeNamesFileLineFieldAndValue() throws IOException {
        Path file = write("malo.csv", """
                # comment lines count: the error names the line an editor shows
                sector,nombre_sector,ciiu
                a,Uno,0111
                b,Dos,9999
                """);
        assertThatThrownBy(() -> SectorGroupingCsv.read(file, CIIU)).isInstanceOf(InvalidSectorGroupingException.class)
                .hasMessageContaining("malo.csv, line 4, field ciiu").hasMessageContaining("9999");
    }

    @Test
    void overlappingMappingsAreRejectedNamingBothLines() throws IOException {
        Path file = write("solapado.csv", """
                sector,nombre_sector,ciiu
                industria,Industria,C
                alimentos,Alimentos,10
                """);
        assertThatThrownBy(() -> SectorGroupingCsv.read(file, CIIU)).isInstanceOf(InvalidSectorGroupingException.class)
                .hasMessageContaining("solapado.csv, line 3, field ciiu").hasMessageContaining("line 2 (C) → industria")
                .hasMessageContaining("class 1011");
        Path same = write("repetido.csv", """
                sector,nombre_sector,ciiu
                industria,Industria,1011
                industria,Industria,101
                """);
        assertThatThrownBy(() -> SectorGroupingCsv.read(same, CIIU)).as("even into the same sector")
                .hasMessageContaining("repetido.csv, line 3").hasMessageContaining("class 1011");
    }

    @Test
    void otherMistakesAreNamedToo() throws IOException {
        assertThatThrownBy(() -> SectorGroupingCsv.read(write("nombres.csv", """
                sector,nombre_sector,ciiu
                x,Uno,A
                x,Otro,B
                """), CIIU)).hasMessageContaining("nombres.csv, line 3, field nombre_sector").hasMessageContaining("'Uno'");
        assertThatThrownBy(() -> SectorGroupingCsv.read(write("columnas.csv", """
                sector,actividad
                x,A
                """), CIIU)).hasMessageContaining("columnas.csv: expected a column among");
        assertThatThrownBy(() -> SectorGroupingCsv.read(write("section.csv", """
                sector,nombre_sector,ciiu
                x,Uno,A
                """), CIIU)).hasMessageContaining("is reserved");
        assertThatThrownBy(() -> SectorGroupingCsv.read(write("dian.csv", """
                sector,nombre_sector,ciiu
                x,Asalariados,0010
                """), CIIU)).hasMessageContaining("dian.csv, line 2, field ciiu").hasMessageContaining("DIAN");
        assertThatThrownBy(() -> SectorGroupingCsv.read(write("vacio.csv", "sector,nombre_sector,ciiu\n"), CIIU))
                .hasMessageContaining("no sectors");
    }

    @Test
    void theShippedExampleIsLabelledAndCoversEveryClassOnce() {
        SectorGrouping example = SectorCatalog.example(CIIU);
        assertThat(example.kind()).isEqualTo(SectorGroupingKind.EXAMPLE);
        assertThat(example.name()).startsWith("Ejemplo");
        assertThat(example.source()).contains("no es la agrupación de MARO");
        assertThat(example.sectors()).hasSize(12);
        assertThat(example.unassignedClasses()).isZero();
        assertThat(example.sectorOf(activity("G"), CIIU).map(Sector::id)).contains("comercio-transporte-alojamiento");
        assertThat(example.sectorOf(activity("3511"), CIIU).map(Sector::id)).contains("servicios-publicos");
    }

    @Test
    void theCatalogHasTheBuiltInsTheExampleAndTheConfiguredFilesInOrder() throws IOException {
        write("b-segundo.csv", "sector,nombre_sector,ciiu\nx,Uno,A\n");
        write("a-primero.csv", "sector,nombre_sector,ciiu\nx,Uno,B\n");
        write("notas.txt", "not a grouping");
        SectorCatalog catalog = new SectorCatalog(CIIU, java.util.stream.Stream.concat(
                java.util.stream.Stream.of(SectorGrouping.sections(CIIU), SectorGrouping.divisions(CIIU), SectorCatalog.example(CIIU)),
                SectorGroupingCsv.readAll(folder, CIIU).stream()).toList());
        assertThat(catalog.groupings()).extracting(SectorGrouping::id)
                .containsExactly("section", "division", "ejemplo-ramas-dane", "a-primero", "b-segundo");
        assertThat(catalog.grouping("section").orElseThrow().sectors()).hasSize(21);
        assertThat(catalog.grouping("division").orElseThrow().sectors()).hasSize(88);
        assertThat(catalog.grouping("division").orElseThrow().unassignedClasses()).isZero();
    }

    private static CiiuActivity activity(String code) {
        return CIIU.find(code).orElseThrow();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }
}
