package co.presencia.intervention;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The row counts of one running import: rows read, accepted, rejected, and the accepted ones by placement. */
final class ImportTally {

    private long read;
    private long accepted;
    private long rejected;
    private final Map<Placement, Long> placements = new EnumMap<>(Placement.class);

    /** Counts a row read from the file; returns how many have been read. */
    long read() {
        return ++read;
    }

    void accepted(Placement placement) {
        accepted++;
        placements.merge(placement, 1L, Long::sum);
    }

    void rejected() {
        rejected++;
    }

    /** Moves rows that were accepted but share their record id with others to the rejected ones. */
    void duplicates(List<ImportStaging.DuplicateRow> rows) {
        for (ImportStaging.DuplicateRow row : rows) {
            placements.merge(row.placement(), -1L, Long::sum);
        }
        rejected += rows.size();
        accepted -= rows.size();
        placements.values().removeIf(n -> n == 0);
    }

    long rowsRead() {
        return read;
    }

    long rowsAccepted() {
        return accepted;
    }

    long rowsRejected() {
        return rejected;
    }

    /** Accepted rows by placement, in {@link Placement}'s order (reports list them the same way every time). */
    Map<Placement, Long> placements() {
        return Collections.unmodifiableMap(new EnumMap<>(placements));
    }
}
