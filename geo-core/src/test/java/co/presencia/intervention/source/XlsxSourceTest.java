package co.presencia.intervention.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.presencia.testing.ReferenceData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13 §1: real spreadsheets (a notes sheet first, a title above the header, totals below) and broken ones. */
class XlsxSourceTest {

    @TempDir
    Path temp;

    private static final HeaderRule ID_AND_YEAR = RecordingSink.having("id", "anio");

    private Path government() throws IOException {
        List<String[]> data = new ArrayList<>();
        data.add(new String[] {"Intervenciones de Colombia Productiva"});
        data.add(new String[] {"Fecha de corte: 31 de diciembre de 2023"});
        data.add(null);
        data.add(new String[] {"id", "anio", "valor"});
        data.add(new String[] {"A-1", "2023", "10"});
        data.add(null);
        data.add(new String[] {"A-2", "2023", "20"});
        data.add(new String[] {"TOTAL", null, "30"});
        data.add(new String[] {"Fuente: Colombia Productiva."});
        return Workbooks.write(temp.resolve("gobierno.xlsx"),
                new Workbooks.Sheet("Notas", List.of(new String[] {"Este libro contiene…"}, new String[] {"Columnas: id, año"})),
                new Workbooks.Sheet("Datos", data));
    }

    private static List<String> read(TabularSource source, HeaderRule rule) throws IOException {
        RecordingSink sink = new RecordingSink();
        source.read(sink, rule);
        return sink.out;
    }

    @Test
    void theFirstSheetWithAHeaderIsReadBelowItsTitleWithoutItsTotals() throws IOException {
        XlsxSource source = new XlsxSource(government());
        assertThat(read(source, ID_AND_YEAR)).containsExactly("4H:[id, anio, valor]", "5:[A-1, 2023, 10]", "7:[A-2, 2023, 20]");
        assertThat(source.describe()).isEqualTo("XLSX, hoja 'Datos' (2 de 2), encabezado en la fila 4");
        assertThat(source.notes()).hasSize(3);
        assertThat(source.notes().get(0)).startsWith("Se leyó la hoja 'Datos' (la 2ª)");
        assertThat(source.notes().get(1)).startsWith("Encabezado en la fila 4; 2 filas sobre él");
        assertThat(source.notes().get(2)).contains("fila 8 «TOTAL»").contains("fila 9 «Fuente: Colombia Productiva.»");
    }

    @Test
    void aSheetIsChosenByNameIgnoringCaseAndAccents() throws IOException {
        Path file = government();
        XlsxSource chosen = new XlsxSource(file, "datos");
        assertThat(read(chosen, ID_AND_YEAR)).first().isEqualTo("4H:[id, anio, valor]");
        XlsxSource notes = new XlsxSource(file, "NOTAS");
        assertThat(read(notes, ID_AND_YEAR)).containsExactly("1H:[Este libro contiene…]");
        assertThatThrownBy(() -> read(new XlsxSource(file, "Hoja1"), ID_AND_YEAR)).isInstanceOf(MalformedFileException.class)
                .hasMessageContaining("no tiene una hoja 'Hoja1'").hasMessageContaining("Notas, Datos");
    }

    /** DANE's own DIVIPOLA workbook: title, cut-off, two header rows, data from row 12, notes and footnotes below. */
    @Test
    void daneDivipolaWorkbookIsFoundAtRow11WithItsFootnotesLeftOut() throws IOException {
        Path divipola = ReferenceData.shapefiles().resolve("divipola/DIVIPOLA_Municipios.xlsx");
        XlsxSource source = new XlsxSource(divipola);
        List<String> rows = read(source, RecordingSink.having("LATITUD", "LONGITUD"));
        assertThat(rows.get(0)).startsWith("11H:[Código, Nombre, Código, Nombre, , LATITUD, LONGITUD]");
        assertThat(rows.get(1)).startsWith("12:[05, ANTIOQUIA, 05001, MEDELLÍN, Municipio,");
        assertThat(rows).hasSize(1 + 1122);
        assertThat(rows.get(rows.size() - 1)).startsWith("1133:[99, VICHADA, 99773, CUMARIBO");
        assertThat(source.describe()).isEqualTo("XLSX, hoja 'Municipios' (1 de 2), encabezado en la fila 11");
        assertThat(source.notes()).anySatisfy(n -> assertThat(n).startsWith("Encabezado en la fila 11; 3 filas sobre él")
                .contains("6, 8, 10"));
        assertThat(source.notes()).anySatisfy(n -> assertThat(n).startsWith("5 filas al final no son datos")
                .contains("fila 1135 «Fuente: DANE.»").contains("fila 1136 «Nota: En la actualidad").contains("fila 1143 «**"));
    }

    @Test
    void aDoctypeIsRefused() throws IOException {
        Path bad = Workbooks.rewrite(government(), temp.resolve("doctype.xlsx"), "xl/worksheets/sheet2.xml",
                xml -> xml.replaceFirst("\\?>", "?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"));
        assertThatThrownBy(() -> read(new XlsxSource(bad), ID_AND_YEAR)).isInstanceOf(MalformedFileException.class)
                .hasMessageContaining("DOCTYPE").hasMessageContaining("hoja 'Datos'").hasMessageNotContaining("apache");
    }

    @Test
    void aBadCellReferenceNamesItsRow() throws IOException {
        Path bad = Workbooks.rewrite(government(), temp.resolve("celda.xlsx"), "xl/worksheets/sheet2.xml",
                xml -> xml.replace("r=\"B5\"", "r=\"ZZZZZZZ5\""));
        assertThatThrownBy(() -> read(new XlsxSource(bad), ID_AND_YEAR)).isInstanceOf(MalformedFileException.class)
                .hasMessageContaining("Referencia de celda inválida 'ZZZZZZZ5'").hasMessageContaining("hoja 'Datos', fila 5")
                .satisfies(e -> assertThat(((MalformedFileException) e).line()).isEqualTo(5));
    }

    @Test
    void aZipBombIsRefusedBeforeItFillsTheMemory() throws IOException {
        Path bomb = Workbooks.zipBomb(government(), temp.resolve("bomba.xlsx"), 200);
        assertThat(Files.size(bomb)).isLessThan(2_000_000);
        assertThatThrownBy(() -> read(new XlsxSource(bomb), ID_AND_YEAR)).isInstanceOf(MalformedFileException.class)
                .hasMessageContaining("bomba zip").hasMessageNotContaining("ZipSecureFile");
    }

    @Test
    void brokenXmlAndNotAWorkbookAreMalformed() throws IOException {
        Path broken = Workbooks.rewrite(government(), temp.resolve("roto.xlsx"), "xl/worksheets/sheet2.xml",
                xml -> xml.substring(0, xml.length() / 2));
        assertThatThrownBy(() -> read(new XlsxSource(broken), ID_AND_YEAR)).isInstanceOf(MalformedFileException.class)
                .hasMessageContaining("XML dañado").hasMessageContaining("hoja 'Datos'");
        Path notZip = temp.resolve("falso.xlsx");
        Files.write(notZip, "PK\u0003\u0004 esto no es un zip".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> read(new XlsxSource(notZip), ID_AND_YEAR)).isInstanceOf(MalformedFileException.class)
                .hasMessageContaining("no es un libro XLSX válido");
    }

    /** Issue 13 §1: as from a CSV, only white space around a value is removed, never a control character. */
    @Test
    void controlCharactersAtTheEdgesOfACellAreKeptOnlyWhiteSpaceIsRemoved() throws IOException {
        Path file = Workbooks.write(temp.resolve("controles.xlsx"), new Workbooks.Sheet("Hoja1", List.of(
                new String[] {"id", "anio"}, new String[] {"  a\t", "2023\u0000"}, new String[] {"\u0001b ", " 2023\u001f"},
                new String[] {" c ", "\u000b2023"}, new String[] {"\u001c", ""})));
        RecordingSink sink = new RecordingSink();
        new XlsxSource(file).read(sink);
        assertThat(sink.out).containsExactly("1H:[id, anio]", "2:[a, 2023\u0000]", "3:[\u0001b, 2023\u001f]",
                "4:[c, \u000b2023]", "5:[\u001c, ]");
    }
}
