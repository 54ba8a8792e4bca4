package co.presencia.intervention;

import co.presencia.spatial.sql.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Records the rejections of one job as they happen, on its own auto-committed connection (so the report survives
 * when the import transaction rolls back), in batches; keeps the first {@link ImportReport#REJECTS_INLINE} in
 * memory for the report. Memory stays bounded whatever the number of rejects.
 */
final class RejectLog implements AutoCloseable {

    private static final int BATCH = 1000;
    private final String jobId;
    private final Connection connection;
    private final PreparedStatement insert;
    private final String deleteSql;
    private final List<Rejection> inline = new ArrayList<>();
    private long total;
    private int pending;

    RejectLog(Database database, String jobId) throws SQLException {
        this.jobId = jobId;
        this.connection = database.dataSource().getConnection();
        try {
            connection.setAutoCommit(true);
            this.insert = connection.prepareStatement(database.sql().get("intervention/insert_reject"));
            this.deleteSql = database.sql().get("intervention/delete_rejects");
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    void add(Rejection r) throws SQLException {
        total++;
        if (inline.size() < ImportReport.REJECTS_INLINE) {
            inline.add(r);
        }
        insert.setString(1, jobId);
        insert.setLong(2, total);
        insert.setString(3, cut(r.file(), 500));
        insert.setLong(4, r.line());
        insert.setString(5, r.recordId());
        insert.setString(6, r.field() == null ? null : cut(r.field(), 40));
        if (r.value() == null) {
            insert.setNull(7, Types.VARCHAR);
        } else {
            insert.setString(7, r.value());
        }
        insert.setString(8, cut(r.reason(), 1000));
        insert.addBatch();
        if (++pending == BATCH) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
    }

    /** Forgets every rejection of the job, stored or pending: its import starts over. */
    void restart() throws SQLException {
        insert.clearBatch();
        pending = 0;
        try (PreparedStatement delete = connection.prepareStatement(deleteSql)) {
            delete.setString(1, jobId);
            delete.executeUpdate();
        }
        total = 0;
        inline.clear();
    }

    long total() {
        return total;
    }

    /** The inline rejections in line order. */
    List<Rejection> inline() {
        List<Rejection> sorted = new ArrayList<>(inline);
        sorted.sort(Comparator.comparingLong(Rejection::line));
        return List.copyOf(sorted);
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            try {
                insert.close();
            } finally {
                connection.close();
            }
        }
    }
}
