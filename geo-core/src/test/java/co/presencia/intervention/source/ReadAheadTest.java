package co.presencia.intervention.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

    private static final int ROWS = 10_000;

    @Test
    void preparedRowsReachTheSinkInFileOrderWithWhatTheirOwnPreparerMadeOfThem() throws Exception {
        PreparingRecorder sink = new PreparingRecorder(-1);

        ReadAhead.read(new CountingSource(ROWS), sink, HeaderRule.FIRST_ROW);

        assertThat(sink.header).containsExactly("id", "value");
        assertThat(sink.lines).hasSize(ROWS);
        for (int i = 0; i < ROWS; i++) {
            assertThat(sink.lines.get(i)).isEqualTo(i + 2L);
            assertThat(sink.prepared.get(i)).isEqualTo("row " + i + " at line " + (i + 2));
        }
        assertThat(sink.preparingThreads).doesNotContain(Thread.currentThread().getName()).isNotEmpty();
        assertThat(sink.unprepared).isZero();
    }

    @Test
    void aPreparerFailureReachesTheCallerAfterTheRowsOfTheBatchesBeforeIt() {
        PreparingRecorder sink = new PreparingRecorder(5_000);

        assertThatThrownBy(() -> ReadAhead.read(new CountingSource(ROWS), sink, HeaderRule.FIRST_ROW))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("row 5000 cannot be prepared");
        // Events are batched with the header first: row 5000 is event 5001, in the batch that starts at event 4096.
        int batchStart = (5000 + 1) / ReadAhead.BATCH * ReadAhead.BATCH;
        assertThat(sink.lines).hasSize(batchStart - 1).isSorted().doesNotContain(5_002L);
    }

    @Test
    void aSinkWithoutPreparersReceivesEveryRowAsFromTheSourceItself() throws Exception {
        PreparingRecorder sink = new PreparingRecorder(-1) {
            @Override
            public Supplier<RowPreparer> preparers(List<String> header) {
                return null;
            }
        };

        ReadAhead.read(new CountingSource(ROWS), sink, HeaderRule.FIRST_ROW);

        assertThat(sink.unprepared).isEqualTo(ROWS);
        assertThat(sink.lines).hasSize(ROWS).isSorted();
    }

    /** A header "id,value" on line 1, then rows "i,v" on lines 2… */
    private record CountingSource(int rows) implements TabularSource {
        @Override
        public void read(RowSink sink, HeaderRule rule) {
            sink.header(List.of("id", "value"), 1);
            List<String> cells = new ArrayList<>(List.of("", ""));
            for (int i = 0; i < rows; i++) {
                cells.set(0, Integer.toString(i));
                cells.set(1, "v" + i);
                sink.row(cells, i + 2L);
            }
        }

        @Override
        public String describe() {
            return "counting";
        }

        @Override
        public List<String> notes() {
            return List.of();
        }

        @Override
        public SourceFormat format() {
            return SourceFormat.CSV;
        }

        @Override
        public long bytesRead() {
            return -1;
        }

        @Override
        public String encoding() {
            return null;
        }

        @Override
        public Character delimiter() {
            return null;
        }
    }

    private static class PreparingRecorder implements PreparingSink {
        final int failAt;
        List<String> header;
        final List<Long> lines = new ArrayList<>();
        final List<Object> prepared = new ArrayList<>();
        final Set<String> preparingThreads = ConcurrentHashMap.newKeySet();
        int unprepared;

        PreparingRecorder(int failAt) {
            this.failAt = failAt;
        }

        @Override
        public Supplier<RowPreparer> preparers(List<String> header) {
            return () -> (cells, line) -> {
                preparingThreads.add(Thread.currentThread().getName());
                if (Integer.parseInt(cells.get(0)) == failAt) {
                    throw new IllegalArgumentException("row " + failAt + " cannot be prepared");
                }
                return "row " + cells.get(0) + " at line " + line;
            };
        }

        @Override
        public void row(List<String> cells, long line, Object made) {
            lines.add(line);
            prepared.add(made);
        }

        @Override
        public void header(List<String> names, long line) {
            header = names;
        }

        @Override
        public void row(List<String> cells, long line) {
            unprepared++;
            lines.add(line);
        }

        @Override
        public void unreadable(long line, String reason) {
            throw new AssertionError("no unreadable row here");
        }
    }
}
