package co.presencia.intervention.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Fuzzes reading an XLSX workbook (issue 13 §4): a real workbook whose sheet XML is replaced, in part or whole, by
 * fuzzed text (cell references, shared strings, entities, DOCTYPEs), or raw fuzzed bytes as the file, is read into
 * rows with rising numbers or refused as a {@link MalformedFileException}; no other exception escapes.
 */
class XlsxSourceFuzzTest {

    private static final String SHEET = "xl/worksheets/sheet1.xml";

    @FuzzTest(maxDuration = "30s")
    void anyWorkbookIsRowsOrAMalformedFile(FuzzedDataProvider data) throws IOException {
        Path dir = Files.createTempDirectory("fuzz-xlsx");
        try {
            Path file;
            if (data.consumeBoolean()) {
                file = Files.write(dir.resolve("raw.xlsx"), data.consumeRemainingAsBytes());
            } else {
                Path base = Workbooks.write(dir.resolve("base.xlsx"), new Workbooks.Sheet("Hoja1", List.of(
                        new String[] {"id_registro", "anio"}, new String[] {"R-1", "2023"})));
                boolean whole = data.consumeBoolean();
                String text = data.consumeRemainingAsString();
                file = Workbooks.rewrite(base, dir.resolve("fuzz.xlsx"), SHEET, xml -> whole ? text
                        : xml.replace("<c r=\"A2\"", text.isEmpty() ? "<c r=\"A2\"" : text));
            }
            CsvSourceFuzzTest.LineSink sink = new CsvSourceFuzzTest.LineSink();
            try {
                new XlsxSource(file).read(sink, HeaderRule.FIRST_ROW);
            } catch (MalformedFileException refused) {
                assertThat(refused.getMessage()).isNotBlank();
            }
            assertThat(sink.lines).isSorted().allSatisfy(line -> assertThat(line).isPositive());
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }
}
