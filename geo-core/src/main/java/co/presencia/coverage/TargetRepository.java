package co.presencia.coverage;

import co.presencia.intervention.Axis;
import co.presencia.intervention.CompanySize;
import co.presencia.spatial.sql.Database;
import co.presencia.territory.DepartmentCode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Targets an administrator defines through the API, in H2GIS or PostGIS (schema {@code V3__targets}). */
public final class TargetRepository {

    private final Database database;

    public TargetRepository(Database database) {
        this.database = database;
    }

    public List<Target> findAll() {
        return database.read("Reading targets", connection -> {
            List<Target> targets = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(database.sql().get("coverage/select_targets"));
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Set<Integer> years = split(rs.getString("years")).stream().map(Integer::valueOf).collect(Collectors.toCollection(TreeSet::new));
                    Set<Axis> axes = EnumSet.noneOf(Axis.class);
                    split(rs.getString("axes")).forEach(a -> axes.add(Axis.valueOf(a)));
                    Set<CompanySize> sizes = EnumSet.noneOf(CompanySize.class);
                    split(rs.getString("sizes")).forEach(s -> sizes.add(CompanySize.valueOf(s)));
                    Set<DepartmentCode> departments = new LinkedHashSet<>();
                    split(rs.getString("departments")).forEach(d -> departments.add(new DepartmentCode(d)));
                    CoverageFilter filter = new CoverageFilter(new TreeSet<>(years), axes, new LinkedHashSet<>(split(rs.getString("programs"))),
                            sizes, departments);
                    targets.add(new Target(rs.getString("id"), rs.getString("name"), Indicator.valueOf(rs.getString("indicator")),
                            rs.getString("group_id"), filter, rs.getDouble("target_value"), rs.getString("dataset_id")));
                }
            }
            return targets;
        });
    }

    /** Creates or replaces the target with this id, in one transaction. */
    public void save(Target target) {
        database.inTransaction("Saving target " + target.id(), connection -> {
            try (PreparedStatement delete = connection.prepareStatement(database.sql().get("coverage/delete_target"));
                 PreparedStatement insert = connection.prepareStatement(database.sql().get("coverage/insert_target"))) {
                delete.setString(1, target.id());
                delete.executeUpdate();
                CoverageFilter f = target.filter();
                insert.setString(1, target.id());
                insert.setString(2, target.name() == null ? target.indicator().label() : target.name());
                insert.setString(3, target.indicator().name());
                insert.setString(4, target.group());
                insert.setString(5, target.dataset());
                insert.setString(6, join(f.years().stream().map(String::valueOf).toList()));
                insert.setString(7, join(f.axes().stream().map(Enum::name).toList()));
                insert.setString(8, join(List.copyOf(f.programs())));
                insert.setString(9, join(f.sizes().stream().map(Enum::name).toList()));
                insert.setString(10, join(f.departments().stream().map(DepartmentCode::value).toList()));
                insert.setDouble(11, target.value());
                insert.setTimestamp(12, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            return null;
        });
    }

    public boolean delete(String id) {
        return database.inTransaction("Deleting target " + id, connection -> {
            try (PreparedStatement delete = connection.prepareStatement(database.sql().get("coverage/delete_target"))) {
                delete.setString(1, id);
                return delete.executeUpdate() > 0;
            }
        });
    }

    private static String join(List<String> values) {
        return values.isEmpty() ? null : String.join("\n", values);
    }

    private static List<String> split(String value) {
        return value == null || value.isEmpty() ? List.of() : Arrays.asList(value.split("\n"));
    }
}
