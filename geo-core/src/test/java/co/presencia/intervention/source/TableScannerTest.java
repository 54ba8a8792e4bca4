package co.presencia.intervention.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 §1: trailing totals and notes are left out, but what is held back as a possible footer is bounded, so a
 * file of millions of footer-looking lines (a 16 MB CSV of {@code *} lines ran an import out of memory) streams.
 */
class TableScannerTest {

    private static final HeaderRule RULE = RecordingSink.having("id", "anio", "municipio");

    /** Counts what reaches the sink and remembers the first and last lines, keeping no rows. */
    private static final class CountingSink implements RowSink {
        long rows;
        long lastLine;
        final List<Long> firstLines = new ArrayList<>();

        @Override
        public void header(List<String> names, long line) {
        }

        @Override
        public void row(List<String> cells, long line) {
            assertThat(line).as("rows in file order").isGreaterThan(lastLine);
            rows++;
            lastLine = line;
            if (firstLines.size() < 3) {
                firstLines.add(line);
            }
        }

        @Override
        public void unreadable(long line, String reason) {
            row(List.of(), line);
        }
    }

    /**
     * Feeds the header (line 1), one data row (line 2), then {@code footers} rows of {@code footer}, checking after
     * each that no more than {@link TableScanner#HELD_ROWS} rows are held back; returns the last line fed.
     */
    private static long feed(TableScanner table, CountingSink sink, long footers, List<String> footer) {
        table.row(List.of("id", "anio", "municipio"), 1);
        table.row(List.of("1", "2023", "05001"), 2);
        long line = 2;
        for (long i = 0; i < footers; i++) {
            table.row(footer, ++line);
            assertThat(line - 1 - sink.rows).as("rows held back at line %d", line)
                    .isLessThanOrEqualTo(TableScanner.HELD_ROWS);
        }
        return line;
    }

    @Test
    void aFewTrailingNotesAreStillLeftOutWithANote() {
        CountingSink sink = new CountingSink();
        TableScanner table = new TableScanner(RULE, sink, "línea");
        feed(table, sink, 3, List.of("Fuente: DANE."));
        table.end();
        assertThat(sink.rows).isEqualTo(1);
        assertThat(table.notes()).singleElement().asString().startsWith("3 líneas al final no son datos");
    }

    @Test
    void moreFooterLookingRowsThanTheBoundAreRowsWithTheirOwnLinesAndNoFooter() {
        CountingSink sink = new CountingSink();
        TableScanner table = new TableScanner(RULE, sink, "línea");
        long last = feed(table, sink, TableScanner.HELD_ROWS + 50, List.of("*"));
        table.end();
        assertThat(sink.rows).isEqualTo(1 + TableScanner.HELD_ROWS + 50);
        assertThat(sink.firstLines).containsExactly(2L, 3L, 4L);
        assertThat(sink.lastLine).isEqualTo(last);
        assertThat(table.notes()).as("not a footer: nothing left out").isEmpty();
    }

    @Test
    void aLongRunOfFooterLookingRowsFollowedByDataIsDataAndALaterFooterIsStillFound() {
        CountingSink sink = new CountingSink();
        TableScanner table = new TableScanner(RULE, sink, "línea");
        long line = feed(table, sink, TableScanner.HELD_ROWS * 3L, List.of("TOTAL"));
        table.row(List.of("2", "2024", "11001"), ++line);
        table.row(List.of("TOTAL", "", "2"), ++line);
        table.end();
        assertThat(sink.rows).isEqualTo(2 + TableScanner.HELD_ROWS * 3L);
        assertThat(table.notes()).singleElement().asString().contains("línea " + line + " «TOTAL»");
    }

    @Test
    void longFooterLookingRowsAreBoundedByTheirCharactersToo() {
        CountingSink sink = new CountingSink();
        TableScanner table = new TableScanner(RULE, sink, "línea");
        List<String> longNote = List.of("Nota: " + "x".repeat(100_000));
        table.row(List.of("id", "anio", "municipio"), 1);
        long fed = 0;
        for (long line = 2; line < 2 + 2L * TableScanner.HELD_CHARS / 100_000; line++) {
            table.row(longNote, line);
            fed++;
            assertThat((fed - sink.rows) * 100_000).as("characters held back at line %d", line)
                    .isLessThanOrEqualTo(TableScanner.HELD_CHARS);
        }
        table.end();
        assertThat(sink.rows).isEqualTo(fed);
    }

    /** Three million footer-looking rows, which were all held until the end of the file before. */
    @Test
    void millionsOfFooterLookingRowsStreamThrough() {
        CountingSink sink = new CountingSink();
        TableScanner table = new TableScanner(RULE, sink, "línea");
        long last = feed(table, sink, 3_000_000, List.of("*"));
        table.end();
        assertThat(sink.rows).isEqualTo(3_000_001);
        assertThat(sink.lastLine).isEqualTo(last);
        assertThat(table.notes()).isEmpty();
    }
}
