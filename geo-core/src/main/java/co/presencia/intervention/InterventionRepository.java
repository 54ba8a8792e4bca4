package co.presencia.intervention;

import co.presencia.spatial.sql.Database;
import co.presencia.spatial.sql.SqlDialect;
import co.presencia.territory.DivipolaCode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Datasets of interventions and their import jobs, in H2GIS or PostGIS (schema {@code V2__interventions}). The
 * same contract holds on both stores ({@code InterventionRepositoryContract} in the tests).
 *
 * <p>Reads for the coverage engine: {@link #datasets()}, {@link #dataset(String)} and {@link #forEach}, which
 * streams a dataset's records in record-id order without holding them in memory. Reads for the map of points:
 * {@link #countPoints}, {@link #points} (one page) and {@link #point}, with only the publishable fields. Writes: {@link #putDataset},
 * {@link #deleteDataset}, and imports through {@link InterventionImporter}, each in one transaction.
 */
public final class InterventionRepository {

    private static final int FETCH_SIZE = 2000;
    private final Database database;

    public InterventionRepository(Database database) {
        this.database = database;
    }

    Database database() {
        return database;
    }

    /** Every dataset with its figures, by id. */
    public List<DatasetSummary> datasets() {
        return database.read("Listing datasets", connection -> {
            List<DatasetSummary> out = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(database.sql().get("intervention/select_datasets"));
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(summary(rs));
                }
            }
            return List.copyOf(out);
        });
    }

    /** One dataset with its figures. */
    public Optional<DatasetSummary> dataset(String id) {
        if (!DatasetId.isValid(id)) {
            return Optional.empty();
        }
        return database.read("Reading dataset " + id, connection -> dataset(connection, id));
    }

    Optional<DatasetSummary> dataset(Connection connection, String id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(database.sql().get("intervention/select_dataset"))) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(summary(rs)) : Optional.empty();
            }
        }
    }

    private static DatasetSummary summary(ResultSet rs) throws SQLException {
        Timestamp last = rs.getTimestamp("last_import_at");
        return new DatasetSummary(rs.getString("id"), rs.getString("name"), rs.getBoolean("synthetic"),
                rs.getLong("interventions"), rs.getLong("beneficiaries"), rs.getLong("municipalities"),
                rs.getTimestamp("created_at").toInstant(), last == null ? null : last.toInstant(),
                rs.getString("last_file_name"), rs.getString("content_checksum"));
    }

    /**
     * Creates the dataset, or renames it (and sets its synthetic flag) when it exists. Its records are untouched.
     *
     * @return the dataset after the change
     */
    public DatasetSummary putDataset(String id, String name, boolean synthetic) {
        DatasetId.require(id);
        String label = requireName(name);
        return database.inTransaction("Saving dataset " + id, connection -> {
            ensureDataset(connection, id, label, synthetic, true);
            return dataset(connection, id).orElseThrow();
        });
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("El nombre del conjunto de datos está vacío (empty dataset name)");
        }
        String label = name.strip();
        if (label.length() > 200) {
            throw new IllegalArgumentException("Nombre de más de 200 caracteres (dataset name too long)");
        }
        return label;
    }

    /** Inserts the dataset when missing; renames it when {@code rename} and it exists. */
    void ensureDataset(Connection connection, String id, String name, boolean synthetic, boolean rename) throws SQLException {
        Optional<DatasetSummary> existing = dataset(connection, id);
        if (existing.isEmpty()) {
            try (PreparedStatement ps = connection.prepareStatement(database.sql().get("intervention/insert_dataset"))) {
                ps.setString(1, id);
                ps.setString(2, name == null ? id : requireName(name));
                ps.setBoolean(3, synthetic);
                ps.setTimestamp(4, Timestamp.from(Instant.now()));
                ps.executeUpdate();
            }
        } else if (rename && name != null) {
            try (PreparedStatement ps = connection.prepareStatement(database.sql().get("intervention/update_dataset_name"))) {
                ps.setString(1, requireName(name));
                ps.setBoolean(2, synthetic);
                ps.setString(3, id);
                ps.executeUpdate();
            }
        }
    }

    /** Deletes a dataset, its records, its jobs and their rejects, in one transaction. False when it did not exist. */
    public boolean deleteDataset(String id) {
        if (!DatasetId.isValid(id)) {
            return false;
        }
        return database.inTransaction("Deleting dataset " + id, connection -> {
            if (dataset(connection, id).isEmpty()) {
                return false;
            }
            for (String sql : database.sql().script("intervention/delete_dataset")) {
                try (PreparedStatement ps = connection.prepareStatement(sql)) {
                    bindAll(ps, id);
                    ps.executeUpdate();
                }
            }
            return true;
        });
    }

    /**
     * Streams every stored intervention of {@code datasetId} to {@code sink}, in record-id order (code-point order
     * on both stores), fetching a few thousand rows at a time: memory does not grow with the dataset. An unknown
     * dataset streams nothing. The sink runs inside the read; it should not call back into this repository.
     */
    public void forEach(String datasetId, Consumer<Intervention> sink) {
        if (!DatasetId.isValid(datasetId)) {
            return;
        }
        database.read("Reading interventions of " + datasetId, connection -> {
            boolean autoCommit = connection.getAutoCommit();
            // PostgreSQL only streams with a cursor inside a transaction; H2 spills large results to disk itself.
            connection.setAutoCommit(false);
            try (PreparedStatement ps = connection.prepareStatement(database.sql().get("intervention/select_interventions"))) {
                ps.setFetchSize(FETCH_SIZE);
                ps.setString(1, datasetId);
                Map<String, DivipolaCode> codes = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(intervention(rs, codes));
                    }
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
            return null;
        });
    }

    private static Intervention intervention(ResultSet rs, Map<String, DivipolaCode> codes) throws SQLException {
        String axis = rs.getString("axis");
        String size = rs.getString("company_size");
        double lon = rs.getDouble("longitude");
        boolean hasPoint = !rs.wasNull();
        double lat = rs.getDouble("latitude");
        BigDecimal amount = rs.getBigDecimal("amount_cop");
        return new Intervention(rs.getString("record_id"), rs.getString("beneficiary_id"), rs.getInt("report_year"),
                rs.getString("program"), axis == null ? null : Axis.valueOf(axis),
                size == null ? null : CompanySize.valueOf(size),
                codes.computeIfAbsent(rs.getString("municipality_code"), DivipolaCode::new),
                Placement.valueOf(rs.getString("placement")), hasPoint ? lon : null, hasPoint ? lat : null,
                rs.getString("sector"), amount == null ? null : amount.setScale(2, java.math.RoundingMode.HALF_UP),
                rs.getString("focus"), rs.getString("status"), rs.getInt("source_line"));
    }

    /**
     * How many interventions of {@code datasetId} have coordinates and match {@code filter}: one {@code COUNT(*)},
     * nothing held in memory.
     */
    public long countPoints(String datasetId, PointFilter filter) {
        if (!DatasetId.isValid(datasetId)) {
            return 0;
        }
        return database.read("Counting the points of " + datasetId, connection -> {
            try (PreparedStatement ps = connection.prepareStatement(database.sql().get("intervention/count_points"))) {
                bindPointFilter(ps, datasetId, filter);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /**
     * One page of the interventions of {@code datasetId} that have coordinates and match {@code filter}, in
     * record-id order (code-point order on both stores): at most {@code limit} rows are read, so memory is bounded
     * by the page, not by the dataset. Only the publishable fields are read ({@link InterventionPoint}).
     */
    public List<InterventionPoint> points(String datasetId, PointFilter filter, long offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be ≥ 0 and limit ≥ 1");
        }
        if (!DatasetId.isValid(datasetId)) {
            return List.of();
        }
        return database.read("Reading the points of " + datasetId, connection -> {
            try (PreparedStatement ps = connection.prepareStatement(database.sql().get("intervention/select_points"))) {
                int next = bindPointFilter(ps, datasetId, filter);
                ps.setLong(next, offset);
                ps.setInt(next + 1, limit);
                ps.setFetchSize(Math.min(limit, FETCH_SIZE));
                List<InterventionPoint> out = new ArrayList<>(Math.min(limit, FETCH_SIZE));
                Map<String, DivipolaCode> codes = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(point(rs, codes));
                    }
                }
                return List.copyOf(out);
            }
        });
    }

    /** The intervention {@code recordId} of {@code datasetId}, when it exists and has coordinates. */
    public Optional<InterventionPoint> point(String datasetId, String recordId) {
        if (!DatasetId.isValid(datasetId) || recordId == null) {
            return Optional.empty();
        }
        return database.read("Reading point " + recordId + " of " + datasetId, connection -> {
            try (PreparedStatement ps = connection.prepareStatement(database.sql().get("intervention/select_point"))) {
                ps.setString(1, datasetId);
                ps.setString(2, recordId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(point(rs, new HashMap<>())) : Optional.empty();
                }
            }
        });
    }

    /** Binds the parameters of the shared WHERE of count_points/select_points; returns the next index. */
    private static int bindPointFilter(PreparedStatement ps, String datasetId, PointFilter filter) throws SQLException {
        int i = 1;
        ps.setString(i++, datasetId);
        boolean box = filter.minLongitude() != null;
        ps.setDouble(i++, box ? filter.minLongitude() : -180);
        ps.setDouble(i++, box ? filter.maxLongitude() : 180);
        ps.setDouble(i++, box ? filter.minLatitude() : -90);
        ps.setDouble(i++, box ? filter.maxLatitude() : 90);
        for (int twice = 0; twice < 2; twice++) {
            if (filter.year() == null) {
                ps.setNull(i++, Types.INTEGER);
            } else {
                ps.setInt(i++, filter.year());
            }
        }
        i = bindTwice(ps, i, filter.program());
        i = bindTwice(ps, i, filter.axis() == null ? null : filter.axis().name());
        i = bindTwice(ps, i, filter.size() == null ? null : filter.size().name());
        i = bindTwice(ps, i, filter.municipality() == null ? null : filter.municipality().value());
        i = bindTwice(ps, i, filter.department() == null ? null : filter.department().value() + "%");
        i = bindTwice(ps, i, filter.placement() == null ? null : filter.placement().name());
        return i;
    }

    private static int bindTwice(PreparedStatement ps, int index, String value) throws SQLException {
        for (int i = 0; i < 2; i++) {
            if (value == null) {
                ps.setNull(index + i, Types.VARCHAR);
            } else {
                ps.setString(index + i, value);
            }
        }
        return index + 2;
    }

    private static InterventionPoint point(ResultSet rs, Map<String, DivipolaCode> codes) throws SQLException {
        String axis = rs.getString("axis");
        String size = rs.getString("company_size");
        return new InterventionPoint(rs.getString("record_id"), rs.getInt("report_year"), rs.getString("program"),
                axis == null ? null : Axis.valueOf(axis), size == null ? null : CompanySize.valueOf(size),
                codes.computeIfAbsent(rs.getString("municipality_code"), DivipolaCode::new),
                Placement.valueOf(rs.getString("placement")), rs.getDouble("longitude"), rs.getDouble("latitude"));
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
                            dataset(connection, rs.getString("dataset_id")).orElse(null)));
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
        String source = rs.getString("file_format") == null ? null : rs.getString("file_format")
                + (rs.getString("encoding") == null ? "" : ", " + rs.getString("encoding"))
                + (rs.getString("delimiter") == null ? "" : ", delimitador '" + rs.getString("delimiter") + "'");
        return new ImportReport(rs.getString("id"), rs.getString("dataset_id"), rs.getString("file_name"),
                rs.getString("file_sha256"), source, ImportStatus.valueOf(rs.getString("status")),
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
            ps.setFetchSize(FETCH_SIZE);
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

    // ---------------------------------------------------------------------------------------------------------
    // Import steps, used by InterventionImporter inside its transaction.
    // ---------------------------------------------------------------------------------------------------------

    StagingWriter createStaging(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(database.sql().get("intervention/create_staging"));
        }
        if (database.dialect() == SqlDialect.POSTGIS) {
            return new CopyStagingWriter(connection, database.sql().get("intervention/copy_staging"));
        }
        return new BatchStagingWriter(connection, database.sql().get("intervention/insert_staging"));
    }

    void afterStaging(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : database.sql().script("intervention/after_staging")) {
                statement.execute(sql);
            }
        }
    }

    /** A staged row whose record id occurs more than once in the file. */
    record DuplicateRow(String recordId, long line, Placement placement) {
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

    /** {inserted, updated, unchanged} that merging staging into the dataset will produce. */
    long[] mergeCounts(Connection connection, String datasetId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(database.sql().get("intervention/select_merge_counts"))) {
            ps.setString(1, datasetId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
            }
        }
    }

    /**
     * Merges staging into the dataset: a plain insert when {@code allNew} (no staged id exists in the dataset),
     * else the dialect's upsert script ({@code intervention/merge}).
     */
    void merge(Connection connection, String datasetId, boolean allNew) throws SQLException {
        List<String> statements = allNew ? List.of(database.sql().get("intervention/insert_new"))
                : database.sql().script("intervention/merge");
        for (String sql : statements) {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                bindAll(ps, datasetId);
                ps.executeUpdate();
            }
        }
    }

    long deleteMissing(Connection connection, String datasetId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(database.sql().get("intervention/delete_missing"))) {
            ps.setString(1, datasetId);
            return ps.executeUpdate();
        }
    }

    /** Recomputes the dataset's figures and content checksum; records the import when {@code fileName} is given. */
    void refreshDataset(Connection connection, String datasetId, Instant importedAt, String fileName) throws SQLException {
        long interventions;
        long beneficiaries;
        long municipalities;
        BigDecimal hashSum;
        try (PreparedStatement ps = connection.prepareStatement(database.sql().get("intervention/select_figures"))) {
            ps.setString(1, datasetId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                interventions = rs.getLong(1);
                beneficiaries = rs.getLong(2);
                municipalities = rs.getLong(3);
                hashSum = rs.getBigDecimal(4);
            }
        }
        String checksum = checksum(interventions, hashSum);
        try (PreparedStatement ps = connection.prepareStatement(database.sql().get("intervention/update_dataset_after_import"))) {
            ps.setLong(1, interventions);
            ps.setLong(2, beneficiaries);
            ps.setLong(3, municipalities);
            ps.setString(4, checksum);
            ps.setTimestamp(5, Timestamp.from(importedAt));
            ps.setString(6, fileName.length() > 500 ? fileName.substring(0, 500) : fileName);
            ps.setString(7, datasetId);
            ps.executeUpdate();
        }
    }

    /**
     * The content checksum: SHA-256 of the record count and the exact sum of the 64-bit row hashes (each covers the
     * record id and every stored field). Order-independent, computed by the database in one aggregate.
     */
    static String checksum(long count, BigDecimal hashSum) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String text = count + ":" + (hashSum == null ? "0" : hashSum.toBigInteger().toString());
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    void insertJob(String jobId, ImportOptions options, String fileSha256, Instant startedAt) {
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
                ps.setString(10, ImportStatus.RUNNING.name());
                ps.setTimestamp(11, Timestamp.from(startedAt));
                ps.executeUpdate();
            }
            return null;
        });
    }

    void finishJob(ImportReport report, String format, String encoding, Character delimiter) {
        database.inTransaction("Recording the end of import job " + report.jobId(), connection -> {
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
                ps.setString(10, report.message() == null ? null : cut(report.message(), 2000));
                ps.setString(11, format);
                ps.setString(12, encoding);
                ps.setString(13, delimiter == null ? null : delimiter == '\t' ? "TAB" : delimiter.toString());
                ps.setString(14, report.jobId());
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static void bindAll(PreparedStatement ps, String value) throws SQLException {
        int n = ps.getParameterMetaData().getParameterCount();
        for (int i = 1; i <= n; i++) {
            ps.setString(i, value);
        }
    }

    private static String cut(String s, int max) {
        return s != null && s.length() > max ? s.substring(0, max) : s;
    }
}
