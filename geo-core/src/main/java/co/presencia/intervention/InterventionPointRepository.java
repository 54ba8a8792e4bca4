package co.presencia.intervention;

import co.presencia.spatial.sql.Database;
import co.presencia.territory.DivipolaCode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The interventions of a dataset that have coordinates, as publishable points ({@link InterventionPoint}) for the
 * map and the OGC API: {@link #countPoints}, {@link #points} (one page) and {@link #point}. Only the publishable
 * fields are read; memory follows the page, not the dataset. Same contract on H2GIS and PostGIS.
 */
public final class InterventionPointRepository {

    private final Database database;

    public InterventionPointRepository(Database database) {
        this.database = database;
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
                ps.setFetchSize(Math.min(limit, InterventionRepository.FETCH_SIZE));
                List<InterventionPoint> out = new ArrayList<>(Math.min(limit, InterventionRepository.FETCH_SIZE));
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
}
