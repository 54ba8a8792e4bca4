package co.presencia.intervention.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;

class CsvSourceTest {

    @TempDir
    Path temp;

    private List<String> read(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        CsvSource.open(file).read(new RowSink() {
            @Override
            public void header(List<String> names, long line) {
                out.add(line + ":" + names);
            }

            @Override
            public void row(List<String> cells, long line) {
                out.add(line + ":" + cells);
            }
        });
        return out;
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
        assertThat(read(file)).containsExactly("1:[municipio, año]", "2:[Nariño, 2023]", "3:[Bogotá, 2023]");
    }

    @Test
    void quotedFieldsOverSeveralLinesKeepTheLineWhereTheRowStarts() throws IOException {
        Path file = temp.resolve("multi.csv");
        Files.writeString(file, "a\tb\n\"uno\ndos\"\tx\n\n\"tres, \"\"cuatro\"\"\"\ty\n", StandardCharsets.UTF_8);
        assertThat(CsvSource.open(file).delimiter()).isEqualTo('\t');
        assertThat(read(file)).containsExactly("1:[a, b]", "2:[uno\ndos, x]", "5:[tres, \"cuatro\", y]");
    }
}
