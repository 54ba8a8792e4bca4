package co.presencia.intervention;

import co.presencia.intervention.source.TabularSource;
import co.presencia.spatial.sql.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The log of import jobs and their rejections: every import is recorded when it starts and when it ends
 * ({@link InterventionImporter}), each in its own transaction, so the log survives an import that rolls back. Reads
 * the stored report of a job and its progress (written while it runs by {@code StoredProgress}), the jobs of a
 * dataset, and streams a job's rejections (written by {@code RejectLog}).
 */
public final class ImportJobRepository {

    private final Database database;
    private final DatasetRepository datasets;

    public ImportJobRepository(Database database) {
        this.database = database;
        this.datasets = new DatasetRepository(database);
    }

    /** The stored report of a job (its placements and columns are not stored, so they are empty here). */
    public Optional<ImportReport> job(String jobId) {
        return database.read("Reading import job " + jobId, connection -> {
            try (PreparedStatement ps = connection.prepareStatement(database.sql().get("intervention/select_job"))) {
                ps.setString(1, jobId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    List<Rejection> rejects = new ArrayList<>();
                    long total = readRejects(connection, jobId, r -> {
                        if (rejects.size() < ImportReport.REJECTS_INLINE) {
                            rejects.add(r);
                        }
                    });
                    return Optional.of(jobReport(rs, total, List.copyOf(rejects),
                            datasets.dataset(connection, rs.getString("dataset_id")).orElse(null)));
                }
            }
        });
    }

    /** The import jobs of a dataset, newest first, without their rejections (see {@link #forEachReject}). */
    public List<ImportReport> jobs(String datasetId) {
        if (!DatasetId.isValid(datasetId)) {
            return List.of();
        }
        return database.read("Listing import jobs of " + datasetId, connection -> {
            List<ImportReport> out = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(database.sql().get("intervention/select_jobs"))) {
                ps.setString(1, datasetId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(jobReport(rs, rs.getLong("rows_rejected"), List.of(), null));
                    }
                }
            }
            return List.copyOf(out);
        });
    }

    private static ImportReport jobReport(ResultSet rs, long rejectsTotal, List<Rejection> rejects, DatasetSummary dataset)
            throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        String source = rs.getString("source_description");
        if (source == null && rs.getString("file_format") != null) {
            source = rs.getString("file_format") + (rs.getString("encoding") == null ? "" : ", " + rs.getString("encoding"))
                    + (rs.getString("delimiter") == null ? "" : ", delimitador '" + rs.getString("delimiter") + "'");
        }
        String notes = rs.getString("notes");
        return new ImportReport(rs.getString("id"), rs.getString("dataset_id"), rs.getString("file_name"),
                rs.getString("file_sha256"), source, notes == null || notes.isEmpty() ? List.of() : List.of(notes.split("\n")),
                ImportStatus.valueOf(rs.getString("status")),
                rs.getBoolean("accept_partial"), rs.getBoolean("replace_rows"),
                rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant(),
                rs.getLong("rows_read"), rs.getLong("rows_accepted"), rs.getLong("rows_rejected"),
                rs.getLong("inserted"), rs.getLong("updated"), rs.getLong("unchanged"), rs.getLong("removed"),
                Map.of(), Map.of(), List.of(), rejectsTotal, rejects, rs.getString("message"), dataset);
    }

    /** Streams every rejection of a job, in line order. Returns how many there were. */
    public long forEachReject(String jobId, Consumer<Rejection> sink) {
        return database.read("Reading rejects of " + jobId, connection -> {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                long n = readRejects(connection, jobId, sink);
                connection.commit();
                return n;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        });
    }

    private long readRejects(Connection connection, String jobId, Consumer<Rejection> sink) throws SQLException {
        long n = 0;
        try (PreparedStatement ps = connection.prepareStatement(database.sql().get("intervention/select_rejects"))) {
            ps.setFetchSize(InterventionRepository.FETCH_SIZE);
            ps.setString(1, jobId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    n++;
                    sink.accept(new Rejection(rs.getString("file_name"), rs.getLong("line"), rs.getString("record_id"),
                            rs.getString("field"), rs.getString("raw_value"), rs.getString("reason")));
                }
            }
        }
        return n;
    }

    /**
     * Records a job as it is accepted ({@link ImportStatus#QUEUED}, waiting for the worker) or starts
     * ({@link ImportStatus#RUNNING}), owned by the process {@code ownerId}.
     */
    public void insertJob(String jobId, ImportOptions options, ImportStatus status, String fileSha256, Instant startedAt,
                          String ownerId) {
        database.inTransaction("Recording import job " + jobId, connection -> {
            try (PreparedStatement ps = connection.prepareStatement(database.sql().get("intervention/insert_job"))) {
                ps.setString(1, jobId);
                ps.setString(2, options.datasetId());
                ps.setString(3, cut(options.fileName(), 500));
                ps.setString(4, fileSha256);
                ps.setString(5, null);
                ps.setString(6, null);
                ps.setString(7, null);
                ps.setBoolean(8, options.acceptPartial());
                ps.setBoolean(9, options.replace());
                ps.setString(10, status.name());
                ps.setTimestamp(11, Timestamp.from(startedAt));
                ps.setString(12, ownerId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Starts a job: a queued one becomes RUNNING; one not recorded yet (the command line) is recorded so. */
    void startJob(String jobId, ImportOptions options, String fileSha256, Instant startedAt, String ownerId) {
        int started = database.inTransaction("Starting import job " + jobId, connection -> {
            try (PreparedStatement ps = connection.prepareStatement(database.sql().get("intervention/start_job"))) {
                ps.setString(1, fileSha256);
                ps.setTimestamp(2, Timestamp.from(startedAt));
                ps.setString(3, ownerId);
                ps.setString(4, jobId);
                return ps.executeUpdate();
            }
        });
        if (started == 0) {
            insertJob(jobId, options, ImportStatus.RUNNING, fileSha256, startedAt, ownerId);
        }
    }

    /**
     * Records how a job ended, in a transaction of its own (an outcome that stored nothing). Returns the rows updated:
     * 0 when the job is gone or its end was already recorded as IMPORTED.
     */
    public int finishJob(ImportReport report, TabularSource source) {
        return database.inTransaction("Recording the end of import job " + report.jobId(), connection -> finishJob(connection,
                report, source));
    }

    /**
     * Records how a job ended on {@code connection}, inside the caller's transaction: an import records its end in
     * the transaction that stores its rows, so that both commit or neither does. Returns the rows updated (0 when
     * the job is gone: its dataset was deleted meanwhile).
     */
    int finishJob(Connection connection, ImportReport report, TabularSource source) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(database.sql().get("intervention/update_job"))) {
            ps.setString(1, report.status().name());
            ps.setTimestamp(2, Timestamp.from(report.finishedAt()));
            ps.setLong(3, report.rowsRead());
            ps.setLong(4, report.rowsAccepted());
            ps.setLong(5, report.rowsRejected());
            ps.setLong(6, report.inserted());
            ps.setLong(7, report.updated());
            ps.setLong(8, report.unchanged());
            ps.setLong(9, report.removed());
            ps.setString(10, cut(ControlCharacters.visible(report.message()), 2000));
            ps.setString(11, source == null ? null : source.format().name());
            ps.setString(12, source == null ? null : source.encoding());
            Character delimiter = source == null ? null : source.delimiter();
            ps.setString(13, delimiter == null ? null : delimiter == '\t' ? "TAB" : delimiter.toString());
            ps.setString(14, cut(ControlCharacters.visible(report.source()), 500));
            ps.setString(15, report.notes().isEmpty() ? null
                    : cut(ControlCharacters.visible(String.join("\n", report.notes())), 4000));
            ps.setString(16, report.jobId());
            return ps.executeUpdate();
        }
    }

    /**
     * How far a job is, as the store knows it, on any instance: the last snapshot its importer wrote while it runs
     * ({@link #recordProgress}, at most about once a second); DONE, with the rows of its end, once it ended; empty
     * for an unknown job, and while it is queued or has not written a snapshot yet.
     */
    public Optional<ImportProgress> progress(String jobId) {
        return database.read("Reading the progress of import job " + jobId, connection -> {
            try (PreparedStatement ps = connection.prepareStatement(database.sql().get("intervention/select_job_progress"))) {
                ps.setString(1, jobId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? storedProgress(rs) : Optional.<ImportProgress>empty();
                }
            }
        });
    }

    private static Optional<ImportProgress> storedProgress(ResultSet rs) throws SQLException {
        ImportStatus status = ImportStatus.valueOf(rs.getString("status"));
        long totalBytes = rs.getLong("progress_file_bytes");
        if (status != ImportStatus.QUEUED && status != ImportStatus.RUNNING) {
            return Optional.of(new ImportProgress(ImportProgress.Phase.DONE, rs.getLong("rows_read"),
                    rs.getLong("rows_rejected"), totalBytes, totalBytes));
        }
        String phase = rs.getString("progress_phase");
        if (status == ImportStatus.QUEUED || phase == null) {
            return Optional.empty();
        }
        return Optional.of(new ImportProgress(ImportProgress.Phase.valueOf(phase), rs.getLong("progress_rows"),
                rs.getLong("progress_rejected"), rs.getLong("progress_bytes"), totalBytes));
    }

    /**
     * Writes a running job's progress snapshot in a transaction of its own (never the import's: that one takes the
     * job row only as it commits). Does nothing once the job has ended. Returns the rows updated.
     */
    int recordProgress(String jobId, ImportProgress progress, int timeoutSeconds) {
        return database.inTransaction("Recording the progress of import job " + jobId, connection -> {
            try (PreparedStatement ps = connection.prepareStatement(database.sql().get("intervention/update_job_progress"))) {
                ps.setQueryTimeout(timeoutSeconds);
                ps.setString(1, progress.phase().name());
                ps.setLong(2, progress.rowsRead());
                ps.setLong(3, progress.rowsRejected());
                ps.setLong(4, progress.bytesRead());
                ps.setLong(5, progress.totalBytes());
                ps.setString(6, jobId);
                return ps.executeUpdate();
            }
        });
    }

    /** The status a job has in the store, if it is there. */
    Optional<ImportStatus> status(String jobId) {
        return job(jobId).map(ImportReport::status);
    }

    private static String cut(String s, int max) {
        return s != null && s.length() > max ? s.substring(0, max) : s;
    }
}
