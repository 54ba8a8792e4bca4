package co.presencia.intervention;

import co.presencia.spatial.sql.Database;
import co.presencia.spatial.sql.SqlDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps of an import inside its transaction, on the session's staging table (ADR 0007): create it and choose its
 * writer, find and remove duplicate ids, count what merging will do, merge set-based, remove the records a replacing
 * import no longer has. Used only by {@link InterventionImporter}; every method runs on the import's connection.
 */
final class ImportStaging {

    /** A staged row whose record id occurs more than once in the file. */
    record DuplicateRow(String recordId, long line, Placement placement) {
    }

    /** What merging staging into the dataset writes: new records, changed ones, and those left as they were. */
    record MergeCounts(long inserted, long updated, long unchanged) {

        /** Nothing merged. */
        static final MergeCounts NONE = new MergeCounts(0, 0, 0);

        /** Whether merging writes anything. */
        boolean anyChange() {
            return inserted + updated > 0;
        }

        /** Whether every staged id is new to the dataset, so a plain insert merges. */
        boolean allNew() {
            return updated + unchanged == 0;
        }
    }

    private final Database database;

    ImportStaging(Database database) {
        this.database = database;
    }

    /**
     * Runs before the import transaction, in autocommit: H2GIS makes its staging table here, so that no DDL holds
     * H2's schema lock while a long import runs (a second process importing meanwhile would time out).
     */
    void open(Connection connection) throws SQLException {
        run(connection, "intervention/open_staging");
    }

    /** Runs after the import transaction ended, in autocommit: H2GIS drops its staging table. */
    void close(Connection connection) throws SQLException {
        run(connection, "intervention/close_staging");
    }

    private void run(Connection connection, String script) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : database.sql().script(script)) {
                statement.execute(sql);
            }
        }
    }

    /** Creates the session's staging table when the store makes it in the transaction, and this store's writer. */
    StagingWriter create(Connection connection) throws SQLException {
        run(connection, "intervention/create_staging");
        if (database.dialect() == SqlDialect.POSTGIS) {
            return CopyStagingWriter.toStaging(connection, database.sql().get("intervention/copy_staging"));
        }
        return new BatchStagingWriter(connection, database.sql().get("intervention/insert_staging"));
    }

    /**
     * Whether this import can load straight into the dataset's table, without staging and merging: on PostGIS, when
     * the dataset has no record yet (a first import: everything is new). A repeated id in the file then stops the
     * load with a unique violation ({@link #isRepeatedId}), and the import starts over through staging.
     */
    boolean loadsDirectly(Connection connection, String datasetId) throws SQLException {
        if (database.dialect() != SqlDialect.POSTGIS) {
            return false;
        }
        try (PreparedStatement ps = connection.prepareStatement(database.sql().get("intervention/select_any_record"))) {
            ps.setString(1, datasetId);
            try (ResultSet rs = ps.executeQuery()) {
                return !rs.next();
            }
        }
    }

    /** The writer that loads straight into the dataset's table ({@link #loadsDirectly}). */
    StagingWriter createDirect(Connection connection, String datasetId) throws SQLException {
        return CopyStagingWriter.toDataset(connection, database.sql().get("intervention/copy_dataset"), datasetId);
    }

    /** Whether {@code e} is the unique violation of a record id loaded twice. */
    static boolean isRepeatedId(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if ("23505".equals(x.getSQLState())) {
                return true;
            }
        }
        return e.getCause() instanceof SQLException cause && cause != e && isRepeatedId(cause);
    }

    /** Runs this store's statements for a filled staging table (PostGIS: fresh statistics for the planner). */
    void afterStaging(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : database.sql().script("intervention/after_staging")) {
                statement.execute(sql);
            }
        }
    }

    /** Every staged row whose record id occurs more than once, by id and line; then removes them from staging. */
    List<DuplicateRow> takeDuplicates(Connection connection) throws SQLException {
        List<DuplicateRow> duplicates = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(database.sql().get("intervention/select_duplicates"));
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                duplicates.add(new DuplicateRow(rs.getString(1), rs.getLong(2), Placement.valueOf(rs.getString(3))));
            }
        }
        if (!duplicates.isEmpty()) {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate(database.sql().get("intervention/delete_duplicates"));
            }
        }
        return duplicates;
    }

    /** What merging staging into the dataset will write. */
    MergeCounts mergeCounts(Connection connection, String datasetId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(database.sql().get("intervention/select_merge_counts"))) {
            ps.setString(1, datasetId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new MergeCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3));
            }
        }
    }

    /**
     * Merges staging into the dataset: a plain insert when {@code allNew} (no staged id exists in the dataset),
     * else the dialect's upsert script ({@code intervention/merge}).
     */
    void merge(Connection connection, String datasetId, boolean allNew) throws SQLException {
        database.runScript(connection, allNew ? "intervention/insert_new" : "intervention/merge", datasetId);
    }

    /** Deletes the dataset's records that are not in staging; returns how many. */
    long deleteMissing(Connection connection, String datasetId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(database.sql().get("intervention/delete_missing"))) {
            ps.setString(1, datasetId);
            return ps.executeUpdate();
        }
    }
}
