package co.presencia.intervention.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadAheadTest {

    @TempDir
    Path temp;

    @Test
    void handsOverWhatTheSourceReadsWithWhetherARowMayHoldControlCharacters() throws IOException {
        Path file = temp.resolve("controles.csv");
        Files.writeString(file, "id,anio,programa\nA-1,2023,EnCadena\nA-2,20\u000023,EnCadena\nA-3,2023,Fábricas\u0085\n"
                + "A-4,2023,\"con\ttab\"\n", StandardCharsets.UTF_8);
        List<String> seen = new ArrayList<>();
        RecordingSink recording = new RecordingSink();
        RowSink flags = new RowSink() {
            @Override
            public void header(List<String> names, long line) {
                recording.header(names, line);
            }

            @Override
            public void row(List<String> cells, long line) {
                throw new AssertionError("ReadAhead hands rows over with their flag");
            }

            @Override
            public void row(List<String> cells, long line, boolean mayHoldControlCharacters) {
                recording.row(cells, line);
                seen.add(line + (mayHoldControlCharacters ? " controls" : " clean"));
            }

            @Override
            public void unreadable(long line, String reason) {
                recording.unreadable(line, reason);
            }
        };
        ReadAhead.read(CsvSource.open(file), flags, RecordingSink.having("id", "anio", "programa"));

        RecordingSink direct = new RecordingSink();
        CsvSource.open(file).read(direct, RecordingSink.having("id", "anio", "programa"));
        assertThat(recording.out).isEqualTo(direct.out).hasSize(5);
        assertThat(seen).containsExactly("2 clean", "3 controls", "4 controls", "5 clean");
    }
}
