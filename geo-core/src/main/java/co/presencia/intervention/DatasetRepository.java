package co.presencia.intervention;

import co.presencia.spatial.sql.Database;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Named datasets of interventions with their figures, in H2GIS or PostGIS (schema {@code V2__interventions}): list,
 * read, create or rename, delete (with its records, jobs and rejects, in one transaction). The figures and the
 * content checksum are refreshed by every import ({@link InterventionImporter}), so listing never scans records.
 * The same contract holds on both stores ({@code InterventionRepositoryContract} in the tests).
 */
public final class DatasetRepository {

    private final Database database;

    public DatasetRepository(Database database) {
        this.database = database;
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
        if (label.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("El nombre tiene un carácter de control (control character in the dataset name)");
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
            database.runScript(connection, "intervention/delete_dataset", id);
            return true;
        });
    }

    /** Records the import of {@code fileName} into a dataset whose rows it did not change (figures stand). */
    void recordUnchangingImport(Connection connection, String datasetId, Instant importedAt, String fileName) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(database.sql().get("intervention/update_dataset_import"))) {
            ps.setTimestamp(1, Timestamp.from(importedAt));
            ps.setString(2, storedFileName(fileName));
            ps.setString(3, datasetId);
            ps.executeUpdate();
        }
    }

    /**
     * Records the dataset's figures and content checksum, and the import of {@code fileName}: the figures counted
     * while loading ({@code loaded}, a first import loaded directly), else recomputed by the database.
     */
    void refreshDataset(Connection connection, String datasetId, Instant importedAt, String fileName,
                        DirectLoadFigures.Figures loaded) throws SQLException {
        long interventions;
        long beneficiaries;
        long municipalities;
        BigDecimal hashSum;
        if (loaded != null) {
            interventions = loaded.interventions();
            beneficiaries = loaded.beneficiaries();
            municipalities = loaded.municipalities();
            hashSum = new BigDecimal(loaded.hashSum());
        } else {
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
        }
        String checksum = checksum(interventions, hashSum);
        try (PreparedStatement ps = connection.prepareStatement(database.sql().get("intervention/update_dataset_after_import"))) {
            ps.setLong(1, interventions);
            ps.setLong(2, beneficiaries);
            ps.setLong(3, municipalities);
            ps.setString(4, checksum);
            ps.setTimestamp(5, Timestamp.from(importedAt));
            ps.setString(6, storedFileName(fileName));
            ps.setString(7, datasetId);
            ps.executeUpdate();
        }
    }

    /** The file name as its column holds it (at most 500 characters). */
    private static String storedFileName(String fileName) {
        return fileName.length() > 500 ? fileName.substring(0, 500) : fileName;
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
}
