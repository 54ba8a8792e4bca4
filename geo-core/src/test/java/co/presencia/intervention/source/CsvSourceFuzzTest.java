package co.presencia.intervention.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes reading a CSV file (issue 13 §4): any bytes are read, in any encoding evidence, delimiter or quoting, into a
 * header and rows with rising line numbers, or refused as a {@link MalformedFileException} that says where; no other
 * exception escapes (the API would answer 500).
 */
class CsvSourceFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void anyBytesAreRowsOrAMalformedFileWithAPosition(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("fuzz", ".csv");
        try {
            Files.write(file, bytes);
            LineSink sink = new LineSink();
            try {
                CsvSource source = CsvSource.open(file, FileProbe.of(file));
                source.read(sink, HeaderRule.FIRST_ROW);
                assertThat(source.describe()).isNotBlank();
                assertThat(source.notes()).doesNotContainNull();
            } catch (MalformedFileException refused) {
                assertThat(refused.getMessage()).isNotBlank();
                assertThat(refused.line()).isNotNegative();
            }
            assertThat(sink.lines).isSorted().allSatisfy(line -> assertThat(line).isPositive());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The line numbers a source hands over, and that it hands over cells. */
    static final class LineSink implements RowSink {
        final List<Long> lines = new ArrayList<>();

        @Override
        public void header(List<String> names, long line) {
            assertThat(names).isNotNull();
            lines.add(line);
        }

        @Override
        public void row(List<String> cells, long line) {
            assertThat(cells).isNotNull();
            lines.add(line);
        }

        @Override
        public void unreadable(long line, String reason) {
            assertThat(reason).isNotBlank();
            lines.add(line);
        }
    }
}
