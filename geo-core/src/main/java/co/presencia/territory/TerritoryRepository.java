package co.presencia.territory;

import co.presencia.spatial.sql.Database;
import co.presencia.spatial.sql.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * Stores and reads the reference territory (the {@link ReferenceCatalog}) in H2GIS or PostGIS. The same contract
 * holds on both stores; see {@code TerritoryRepositoryContract} in the tests.
 */
public final class TerritoryRepository {

    private static final GeometryFactory SEATS = new GeometryFactory(new PrecisionModel(), 4326);

    private final Database database;

    public TerritoryRepository(Database database) {
        this.database = database;
    }

    /** The fingerprint of the stored reference data, or empty when nothing is stored. */
    public Optional<String> storedFingerprint() {
        return database.read("Reading the reference fingerprint", connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT fingerprint FROM reference_load WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        });
    }

    /** Replaces the whole reference territory in one transaction: readers see the old or the new, never a mix. */
    public void replaceAll(ReferenceCatalog catalog, String fingerprint) {
        database.inTransaction("Storing the reference territory", connection -> {
            try (Statement statement = connection.createStatement()) {
                for (String sql : database.sql().script("territory/delete_all")) {
                    statement.executeUpdate(sql);
                }
            }
            WKBWriter wkb = new WKBWriter(2);
            try (PreparedStatement ps = connection.prepareStatement(database.sql().get("territory/insert_department"))) {
                for (DepartmentBoundary d : catalog.departments()) {
                    ps.setString(1, d.department().code().value());
                    ps.setString(2, d.department().name());
                    ps.setDouble(3, d.areaKm2());
                    ps.setBytes(4, wkb.write(d.geometry()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = connection.prepareStatement(database.sql().get("territory/insert_municipality"));
                 PreparedStatement population = connection.prepareStatement(database.sql().get("territory/insert_population"))) {
                for (Municipality m : catalog.municipalities()) {
                    ps.setString(1, m.code().value());
                    ps.setString(2, m.name());
                    ps.setString(3, m.department().code().value());
                    ps.setString(4, m.type().name());
                    ps.setDouble(5, m.areaKm2());
                    ps.setString(6, m.rurality() == null ? null : m.rurality().name());
                    ps.setString(7, m.cityAgglomeration());
                    setInteger(ps, 8, m.lifespan().firstYear());
                    setInteger(ps, 9, m.lifespan().lastYear());
                    ps.setString(10, m.lifespan().successor() == null ? null : m.lifespan().successor().value());
                    ps.setBytes(11, m.geometry() == null ? null : wkb.write(m.geometry()));
                    setDouble(ps, 12, m.seat() == null ? null : m.seat().getX());
                    setDouble(ps, 13, m.seat() == null ? null : m.seat().getY());
                    ps.addBatch();
                    for (Map.Entry<Integer, Long> entry : m.population().byYear().entrySet()) {
                        population.setString(1, m.code().value());
                        population.setInt(2, entry.getKey());
                        population.setLong(3, entry.getValue());
                        population.addBatch();
                    }
                }
                ps.executeBatch();
                population.executeBatch();
            }
            try (PreparedStatement group = connection.prepareStatement(database.sql().get("territory/insert_group"));
                 PreparedStatement territory = connection.prepareStatement(database.sql().get("territory/insert_territory"));
                 PreparedStatement member = connection.prepareStatement(database.sql().get("territory/insert_member"))) {
                int groupPosition = 0;
                for (TerritoryGroup g : catalog.groups()) {
                    group.setString(1, g.id());
                    group.setString(2, g.name());
                    group.setString(3, g.kind().name());
                    group.setString(4, g.source());
                    group.setInt(5, groupPosition++);
                    group.executeUpdate();
                    int territoryPosition = 0;
                    for (Territory t : g.territories()) {
                        territory.setString(1, g.id());
                        territory.setString(2, t.id());
                        territory.setString(3, t.name());
                        territory.setInt(4, territoryPosition++);
                        territory.addBatch();
                        for (DivipolaCode code : t.municipalities()) {
                            member.setString(1, g.id());
                            member.setString(2, t.id());
                            member.setString(3, code.value());
                            member.addBatch();
                        }
                    }
                    territory.executeBatch();
                    member.executeBatch();
                }
            }
            storePlaceNames(connection, catalog.placeNames());
            storeReport(connection, catalog.loadReport(), fingerprint);
            return null;
        });
    }

    private void storePlaceNames(Connection connection, PlaceNames names) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(database.sql().get("territory/insert_place_name"))) {
            for (Map.Entry<DivipolaCode, List<String>> entry : names.municipalities().entrySet()) {
                addNames(ps, "municipality", entry.getKey().value(), entry.getValue());
            }
            for (Map.Entry<DepartmentCode, List<String>> entry : names.departments().entrySet()) {
                addNames(ps, "department", entry.getKey().value(), entry.getValue());
            }
            ps.executeBatch();
        }
    }

    private static void addNames(PreparedStatement ps, String kind, String code, List<String> names) throws SQLException {
        for (int i = 0; i < names.size(); i++) {
            ps.setString(1, kind);
            ps.setString(2, code);
            ps.setInt(3, i);
            ps.setString(4, names.get(i));
            ps.addBatch();
        }
    }

    private PlaceNames readPlaceNames(Connection connection) throws SQLException {
        Map<DivipolaCode, List<String>> municipalities = new TreeMap<>();
        Map<DepartmentCode, List<String>> departments = new TreeMap<>();
        try (PreparedStatement ps = connection.prepareStatement(database.sql().get("territory/select_place_names"));
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if ("department".equals(rs.getString(1))) {
                    departments.computeIfAbsent(new DepartmentCode(rs.getString(2)), k -> new ArrayList<>()).add(rs.getString(3));
                } else {
                    municipalities.computeIfAbsent(new DivipolaCode(rs.getString(2)), k -> new ArrayList<>()).add(rs.getString(3));
                }
            }
        }
        return new PlaceNames(municipalities, departments);
    }

    private void storeReport(Connection connection, LoadReport report, String fingerprint) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(database.sql().get("territory/insert_load"))) {
            ps.setString(1, fingerprint);
            ps.setTimestamp(2, Timestamp.from(report.loadedAt()));
            ps.setString(3, report.municipalSource());
            ps.setString(4, report.municipalCrs());
            ps.setString(5, report.municipalEncoding());
            ps.setString(6, report.fieldConvention());
            ps.setString(7, report.departmentSource());
            ps.setInt(8, report.municipalities());
            ps.setInt(9, report.departments());
            ps.setLong(10, report.vertices());
            ps.setInt(11, report.coverageGaps());
            ps.setLong(12, report.durationMillis());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = connection.prepareStatement(database.sql().get("territory/insert_load_issue"))) {
            int position = 0;
            for (LoadReport.Issue issue : report.repairs()) {
                addIssue(ps, position++, "REPAIR", issue.code(), issue.description());
            }
            for (LoadReport.Issue issue : report.coverageIssues()) {
                addIssue(ps, position++, "COVERAGE", issue.code(), issue.description());
            }
            for (String warning : report.warnings()) {
                addIssue(ps, position++, "WARNING", null, warning);
            }
            ps.executeBatch();
        }
    }

    private static void addIssue(PreparedStatement ps, int position, String kind, String code, String description) throws SQLException {
        ps.setInt(1, position);
        ps.setString(2, kind);
        ps.setString(3, code);
        ps.setString(4, description.length() > 2000 ? description.substring(0, 2000) : description);
        ps.addBatch();
    }

    /** Reads the whole stored reference territory back. */
    public ReferenceCatalog loadCatalog() {
        return database.read("Reading the reference territory", connection -> {
            // A 4326 factory gives every part (not only the collection) its SRID.
            WKBReader wkb = new WKBReader(new GeometryFactory(new PrecisionModel(), 4326));
            Map<DepartmentCode, Department> departments = new TreeMap<>();
            List<DepartmentBoundary> departmentBoundaries = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(database.sql().get("territory/select_departments"));
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Department department = new Department(new DepartmentCode(rs.getString("code")), rs.getString("name"));
                    departments.put(department.code(), department);
                    departmentBoundaries.add(new DepartmentBoundary(department, multiPolygon(wkb, rs.getBytes("wkb")), rs.getDouble("area_km2")));
                }
            }
            Map<String, Map<Integer, Long>> population = new HashMap<>();
            try (PreparedStatement ps = connection.prepareStatement(database.sql().get("territory/select_population"));
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    population.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getInt(2), rs.getLong(3));
                }
            }
            List<Municipality> municipalities = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(database.sql().get("territory/select_municipalities"));
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String code = rs.getString("code");
                    String rurality = rs.getString("rurality");
                    String successor = rs.getString("successor_code");
                    municipalities.add(new Municipality(new DivipolaCode(code), rs.getString("name"),
                            departments.get(new DepartmentCode(rs.getString("department_code"))),
                            MunicipalityType.valueOf(rs.getString("type")), rs.getDouble("area_km2"),
                            rurality == null ? null : RuralityCategory.valueOf(rurality), rs.getString("city_agglomeration"),
                            new PopulationSeries(population.getOrDefault(code, Map.of())),
                            new Municipality.Lifespan(integer(rs, "first_year"), integer(rs, "last_year"),
                                    successor == null ? null : new DivipolaCode(successor)),
                            multiPolygon(wkb, rs.getBytes("wkb")), seat(rs)));
                }
            }
            Map<String, String[]> groupRows = new LinkedHashMap<>();
            try (PreparedStatement ps = connection.prepareStatement(database.sql().get("territory/select_groups"));
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    groupRows.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
            Map<String, LinkedHashMap<String, String>> territoryNames = new HashMap<>();
            try (PreparedStatement ps = connection.prepareStatement(database.sql().get("territory/select_territories"));
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    territoryNames.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3));
                }
            }
            Map<String, Map<String, SortedSet<DivipolaCode>>> members = new HashMap<>();
            try (PreparedStatement ps = connection.prepareStatement(database.sql().get("territory/select_members"));
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    members.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                            .computeIfAbsent(rs.getString(2), k -> new TreeSet<>()).add(new DivipolaCode(rs.getString(3)));
                }
            }
            List<TerritoryGroup> groups = new ArrayList<>();
            groupRows.forEach((id, row) -> {
                List<Territory> territories = new ArrayList<>();
                territoryNames.getOrDefault(id, new LinkedHashMap<>()).forEach((territoryId, name) -> territories.add(
                        new Territory(territoryId, name, members.getOrDefault(id, Map.of()).getOrDefault(territoryId, new TreeSet<>()))));
                groups.add(new TerritoryGroup(id, row[0], GroupKind.valueOf(row[1]), row[2], territories));
            });
            return new ReferenceCatalog(municipalities, departmentBoundaries, groups, readReport(connection),
                    readPlaceNames(connection));
        });
    }

    private LoadReport readReport(Connection connection) throws SQLException {
        List<LoadReport.Issue> repairs = new ArrayList<>();
        List<LoadReport.Issue> coverage = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(database.sql().get("territory/select_load_issues"));
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                switch (rs.getString(1)) {
                    case "REPAIR" -> repairs.add(new LoadReport.Issue(rs.getString(2), rs.getString(3)));
                    case "COVERAGE" -> coverage.add(new LoadReport.Issue(rs.getString(2), rs.getString(3)));
                    default -> warnings.add(rs.getString(3));
                }
            }
        }
        try (PreparedStatement ps = connection.prepareStatement(database.sql().get("territory/select_load"));
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            return new LoadReport(rs.getTimestamp("loaded_at").toInstant(), rs.getString("municipal_source"),
                    rs.getString("municipal_crs"), rs.getString("municipal_encoding"), rs.getString("field_convention"),
                    rs.getString("department_source"), rs.getInt("municipalities"), rs.getInt("departments"),
                    rs.getLong("vertices"), List.copyOf(repairs), List.copyOf(coverage), rs.getInt("coverage_gaps"),
                    List.copyOf(warnings), rs.getLong("duration_millis"));
        }
    }

    /** The municipality holding (lon, lat), by SQL point-in-polygon with the border rule of {@code locate_point.sql}. */
    public Optional<DivipolaCode> locate(double longitude, double latitude) {
        return locateAll(List.of(new double[] {longitude, latitude})).get(0);
    }

    /** {@link #locate} for many points on one connection and one prepared statement; results in input order. */
    public List<Optional<DivipolaCode>> locateAll(List<double[]> lonLatPoints) {
        return database.read("Locating points", connection -> {
            List<Optional<DivipolaCode>> results = new ArrayList<>(lonLatPoints.size());
            try (PreparedStatement ps = connection.prepareStatement(database.sql().get("territory/locate_point"))) {
                for (double[] point : lonLatPoints) {
                    ps.setDouble(1, point[0]);
                    ps.setDouble(2, point[1]);
                    try (ResultSet rs = ps.executeQuery()) {
                        results.add(rs.next() ? Optional.of(new DivipolaCode(rs.getString(1))) : Optional.empty());
                    }
                }
            }
            return results;
        });
    }

    private static MultiPolygon multiPolygon(WKBReader wkb, byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            Geometry geometry = wkb.read(bytes);
            geometry.setSRID(4326);
            return (MultiPolygon) geometry;
        } catch (ParseException e) {
            throw new StoreException("Stored geometry is not valid WKB", e);
        }
    }

    private static Point seat(ResultSet rs) throws SQLException {
        double longitude = rs.getDouble("seat_longitude");
        if (rs.wasNull()) {
            return null;
        }
        Point point = SEATS.createPoint(new Coordinate(longitude, rs.getDouble("seat_latitude")));
        point.setSRID(4326);
        return point;
    }

    private static void setDouble(PreparedStatement ps, int index, Double value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, value);
        }
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }
}
