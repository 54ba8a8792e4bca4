package co.presencia.intervention.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;

class CsvSourceTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    @TempDir
    Path temp;

    private List<String> read(Path file) throws IOException {
        return read(file, HeaderRule.FIRST_ROW);
    }

    private List<String> read(Path file, HeaderRule rule) throws IOException {
        RecordingSink sink = new RecordingSink();
        CsvSource.open(file).read(sink, rule);
        return sink.out;
    }

    private Path write(String name, byte[]... parts) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        Path file = temp.resolve(name);
        Files.write(file, all.toByteArray());
        return file;
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource({"UTF-8,UTF-8", "windows-1252,windows-1252", "ISO-8859-1,windows-1252", "UTF-16LE-BOM,UTF-16LE"})
    void encodingIsDetected(String written, String detected) throws IOException {
        String text = "municipio;año\nNariño;2023\nBogotá;2023\n";
        Path file = temp.resolve("f.csv");
        if (written.endsWith("-BOM")) {
            byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
            byte[] all = new byte[body.length + 2];
            all[0] = (byte) 0xFF;
            all[1] = (byte) 0xFE;
            System.arraycopy(body, 0, all, 2, body.length);
            Files.write(file, all);
        } else {
            Files.write(file, text.getBytes(Charset.forName(written)));
        }
        CsvSource source = CsvSource.open(file);
        assertThat(source.encoding()).isEqualTo(detected);
        assertThat(source.delimiter()).isEqualTo(';');
        assertThat(read(file)).containsExactly("1H:[municipio, año]", "2:[Nariño, 2023]", "3:[Bogotá, 2023]");
    }

    @Test
    void quotedFieldsOverSeveralLinesKeepTheLineWhereTheRowStarts() throws IOException {
        Path file = temp.resolve("multi.csv");
        Files.writeString(file, "a\tb\n\"uno\ndos\"\tx\n\n\"tres, \"\"cuatro\"\"\"\ty\n", StandardCharsets.UTF_8);
        assertThat(CsvSource.open(file).delimiter()).isEqualTo('\t');
        assertThat(read(file)).containsExactly("1H:[a, b]", "2:[uno\ndos, x]", "5:[tres, \"cuatro\", y]");
    }

    /** Issue 13 §1: one Latin-1 byte in a UTF-8 file no longer turns every name into "MedellÃ­n". */
    @Test
    void oneLatin1LineInAUtf8FileIsReportedAndTheRestIsReadAsUtf8() throws IOException {
        Path file = write("mixto.csv", "municipio,año\nMedellín,2023\nBogotá,2023\n".getBytes(StandardCharsets.UTF_8),
                "Nariño,2023\n".getBytes(CP1252), "Cúcuta,2023\nIbagué,2023\n".getBytes(StandardCharsets.UTF_8));
        CsvSource source = CsvSource.open(file);
        RecordingSink sink = new RecordingSink();
        source.read(sink, HeaderRule.FIRST_ROW);
        assertThat(source.encoding()).isEqualTo("UTF-8");
        assertThat(sink.out).hasSize(6);
        assertThat(sink.out).startsWith("1H:[municipio, año]", "2:[Medellín, 2023]", "3:[Bogotá, 2023]");
        assertThat(sink.out.get(3)).startsWith("4!La línea 4 no es UTF-8").contains("0xF1 en la columna 5");
        assertThat(sink.out).endsWith("5:[Cúcuta, 2023]", "6:[Ibagué, 2023]");
        assertThat(source.notes()).singleElement().asString().contains("UTF-8").contains("5 líneas con acentos la confirman")
                .contains("1 la contradice (4)");
    }

    @Test
    void oneUtf8LineInAWindows1252FileIsReportedNotGarbled() throws IOException {
        Path file = write("mixto-1252.csv", "municipio;año\nMedellín;2023\nBogotá;2023\n".getBytes(CP1252),
                "Nariño;2023\n".getBytes(StandardCharsets.UTF_8), "Cúcuta;2023\n".getBytes(CP1252));
        CsvSource source = CsvSource.open(file);
        RecordingSink sink = new RecordingSink();
        source.read(sink, HeaderRule.FIRST_ROW);
        assertThat(source.encoding()).isEqualTo("windows-1252");
        assertThat(sink.out).startsWith("1H:[municipio, año]", "2:[Medellín, 2023]", "3:[Bogotá, 2023]");
        assertThat(sink.out.get(3)).startsWith("4!La línea 4 tiene acentos escritos en UTF-8");
        assertThat(sink.out.get(4)).isEqualTo("5:[Cúcuta, 2023]");
        assertThat(String.join(" ", sink.out)).doesNotContain("Ã");
    }

    @Test
    void aContradictingLineInsideAQuotedMultiLineFieldRejectsItsRecord() throws IOException {
        Path file = write("multi-mixto.csv", "a,b\nNariño,\"uno\n".getBytes(StandardCharsets.UTF_8),
                "año\"\n".getBytes(CP1252), "Bogotá,x\n".getBytes(StandardCharsets.UTF_8));
        assertThat(read(file)).containsExactly("1H:[a, b]", "2!La línea 3 no es UTF-8 como el resto del archivo: el byte"
                + " 0xF1 en la columna 2. La fila no se importa para no guardar sus textos alterados: guarde el archivo"
                + " entero en una sola codificación (line in another encoding than the rest of the file; not imported)",
                "4:[Bogotá, x]");
    }

    @Test
    void anUnbalancedQuoteIsMalformedWithTheLineWhereItsRecordStarts() throws IOException {
        Path file = temp.resolve("comilla.csv");
        Files.writeString(file, "a,b\n1,2\n3,\"sin cerrar\n4,5\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(file)).isInstanceOf(MalformedFileException.class)
                .hasMessageContaining("comilla sin cerrar").hasMessageContaining("línea 3")
                .satisfies(e -> assertThat(((MalformedFileException) e).line()).isEqualTo(3));
    }

    @Test
    void anUnbalancedQuoteInALargeFileFailsEarlyInsteadOfReadingTheRestIntoOneField() throws IOException {
        StringBuilder text = new StringBuilder("a,b\n1,\"abre\n");
        for (int i = 0; i < LineDecodingReader.MAX_RECORD_LINES + 10; i++) {
            text.append(i).append(",x\n");
        }
        Path file = temp.resolve("comilla-grande.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(file)).isInstanceOf(MalformedFileException.class)
                .hasMessageContaining("Comilla sin cerrar: el registro que empieza en la línea 2");
    }

    @Test
    void textRightAfterAClosingQuoteIsMalformed() throws IOException {
        Path file = temp.resolve("pegado.csv");
        Files.writeString(file, "a,b\n\"uno\"dos,3\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(file)).isInstanceOf(MalformedFileException.class).hasMessageContaining("línea 2");
    }

    @Test
    void theHeaderIsFoundBelowATitleAndTrailingTotalsAreLeftOutWithANote() throws IOException {
        Path file = temp.resolve("titulo.csv");
        Files.writeString(file, "Informe de intervenciones 2023,,\nFecha de corte: 31/12/2023,,\n,,\nid,anio,valor\n"
                + "1,2023,5\nTotal de la fila,no,es\n2,2023,7\n\nTOTAL,,12\nFuente: Colombia Productiva,,\n",
                StandardCharsets.UTF_8);
        CsvSource source = CsvSource.open(file);
        RecordingSink sink = new RecordingSink();
        source.read(sink, RecordingSink.having("id", "anio"));
        assertThat(sink.out).containsExactly("4H:[id, anio, valor]", "5:[1, 2023, 5]", "6:[Total de la fila, no, es]",
                "7:[2, 2023, 7]");
        assertThat(source.describe()).contains("encabezado en la línea 4");
        assertThat(source.notes()).hasSize(2);
        assertThat(source.notes().get(0)).startsWith("Encabezado en la línea 4; 2 líneas sobre él").contains("1, 2");
        assertThat(source.notes().get(1)).startsWith("2 líneas al final no son datos")
                .contains("línea 9 «TOTAL»").contains("línea 10 «Fuente: Colombia Productiva»");
    }

    @Test
    void withoutAHeaderInTheFirstRowsTheBestCandidateIsHandedOverAsTheHeader() throws IOException {
        StringBuilder text = new StringBuilder("titulo\nid,otra\n");
        for (int i = 0; i < 40; i++) {
            text.append(i).append(",x\n");
        }
        Path file = temp.resolve("sin-encabezado.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        assertThat(read(file, RecordingSink.having("id", "anio"))).containsExactly("2H:[id, otra]");
    }

    /**
     * Issue 13 §1: Commons CSV's trim dropped NUL and the other C0 controls at either end of a cell, so {@code 2023<NUL>}
     * was imported from a CSV and rejected from an XLSX. Only white space is removed now; the controls stay for the
     * importer to reject, and a cell holding only one is not blank.
     */
    @Test
    void controlCharactersAtTheEdgesOfACellAreKeptOnlyWhiteSpaceIsRemoved() throws IOException {
        Path file = temp.resolve("controles.csv");
        Files.writeString(file, "id,anio\n  a\t,2023\u0000\n\u0001b , 2023\u001f\n\" c \",\u000b2023\r\n\u001c,\n",
                StandardCharsets.UTF_8);
        assertThat(read(file)).containsExactly("1H:[id, anio]", "2:[a, 2023\u0000]", "3:[\u0001b, 2023\u001f]",
                "4:[c, \u000b2023]", "5:[\u001c, ]");
    }

    /** A CSV many times the size of the footer bound, all footer-looking lines below one data row, streams through. */
    @Test
    void aFileOfMillionsOfFooterLookingLinesIsReadAsRowsNotHeldAsAFooter() throws IOException {
        Path file = temp.resolve("asteriscos.csv");
        try (var out = new java.io.BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            out.write("id,anio,valor\n1,2023,5\n");
            for (int i = 0; i < 2_000_000; i++) {
                out.write("*\n");
            }
        }
        long[] rowsAndLast = new long[2];
        CsvSource source = CsvSource.open(file);
        source.read(new RowSink() {
            @Override
            public void header(List<String> names, long line) {
            }

            @Override
            public void row(List<String> cells, long line) {
                rowsAndLast[0]++;
                rowsAndLast[1] = line;
            }

            @Override
            public void unreadable(long line, String reason) {
                throw new AssertionError(reason);
            }
        });
        assertThat(rowsAndLast).containsExactly(2_000_001, 2_000_002);
        assertThat(source.notes()).isEmpty();
    }
}
