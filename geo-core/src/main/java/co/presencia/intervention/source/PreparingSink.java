package co.presencia.intervention.source;

import java.util.List;
import java.util.function.Supplier;

/**
 * A {@link RowSink} whose per-row work (checking, parsing, placing a row) may run ahead of it on worker threads:
 * {@link ReadAhead} hands each row with what a preparer made of it to {@link #row(List, long, Object)}, on the
 * caller's thread and in file order, so everything the sink records (counts, rejections, loading) keeps the file's
 * order whatever the number of workers.
 */
public interface PreparingSink extends RowSink {

    /** Makes, from one row, what the sink needs of it; used by one thread only, so it may keep caches. */
    @FunctionalInterface
    interface RowPreparer {
        Object prepare(List<String> cells, long line);
    }

    /**
     * Called on the reading thread with the header, before any row: makes one preparer per worker thread. Null when
     * the rows are not to be prepared ahead (then {@link #row(List, long)} receives them, as from any source).
     */
    Supplier<RowPreparer> preparers(List<String> header);

    /** One row and what a preparer made of it, on the caller's thread, in file order. */
    void row(List<String> cells, long line, Object prepared);
}
