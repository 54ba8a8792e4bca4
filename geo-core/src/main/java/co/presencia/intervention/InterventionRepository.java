package co.presencia.intervention;

import co.presencia.spatial.sql.Database;
import co.presencia.territory.DivipolaCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The stored interventions of a dataset, read whole for the coverage engine: {@link #forEach} streams them in
 * record-id order without holding them in memory. Datasets are {@link DatasetRepository}'s; their publishable
 * points {@link InterventionPointRepository}'s; writes go through {@link InterventionImporter}. The same contract
 * holds on H2GIS and PostGIS ({@code InterventionRepositoryContract} in the tests).
 */
public final class InterventionRepository {

    /** Rows fetched per round trip by the streaming reads of this package. */
    static final int FETCH_SIZE = 2000;
    private final Database database;

    public InterventionRepository(Database database) {
        this.database = database;
    }

    /**
     * Streams every stored intervention of {@code datasetId} to {@code sink}, in record-id order (code-point order
     * on both stores), fetching a few thousand rows at a time: memory does not grow with the dataset. An unknown
     * dataset streams nothing. The sink runs inside the read; it should not call back into the store.
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
                rs.getString("sector"), rs.getString("ciiu"), amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP),
                rs.getString("focus"), rs.getString("status"), rs.getInt("source_line"));
    }
}
