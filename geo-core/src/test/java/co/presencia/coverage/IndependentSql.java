package co.presencia.coverage;

import co.presencia.territory.DepartmentCode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The plain SQL the agreement contracts compute their expected figures with: a filter as a WHERE clause over the
 * stored {@code intervention} table, and queries with bound values. Never calls the coverage engine.
 */
final class IndependentSql {

    /** A WHERE clause and its values. */
    record Where(String sql, List<Object> values) {
        Where and(String condition, List<Object> more) {
            List<Object> all = new ArrayList<>(values);
            all.addAll(more);
            return new Where(sql + " AND " + condition, all);
        }
    }

    private IndependentSql() {
    }

    /** The records of {@code dataset} the filter's years, axes, sizes and departments select (alias {@code i}). */
    static Where where(String dataset, CoverageFilter filter) {
        StringBuilder sql = new StringBuilder("i.dataset_id = ?");
        List<Object> values = new ArrayList<>(List.of(dataset));
        in(sql, values, "i.report_year", new ArrayList<>(filter.years()));
        in(sql, values, "i.axis", filter.axes().stream().map(Enum::name).map(s -> (Object) s).toList());
        in(sql, values, "i.company_size", filter.sizes().stream().map(Enum::name).map(s -> (Object) s).toList());
        in(sql, values, "SUBSTRING(i.municipality_code, 1, 2)", filter.departments().stream().map(DepartmentCode::value)
                .map(s -> (Object) s).toList());
        return new Where(sql.toString(), values);
    }

    private static void in(StringBuilder sql, List<Object> values, String column, List<Object> wanted) {
        if (!wanted.isEmpty()) {
            sql.append(" AND ").append(column).append(" IN (").append(String.join(", ", wanted.stream().map(w -> "?").toList())).append(')');
            values.addAll(wanted);
        }
    }

    static int single(Connection c, String sql, List<Object> values) throws SQLException {
        try (PreparedStatement ps = bind(c, sql, values); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The first column as key, the second as an int. */
    static Map<String, Integer> grouped(Connection c, String sql, List<Object> values) throws SQLException {
        Map<String, Integer> out = new TreeMap<>();
        for (List<Object> row : rows(c, sql, values)) {
            out.put(String.valueOf(row.get(0)), ((Number) row.get(1)).intValue());
        }
        return out;
    }

    /** Every row, as its column values. */
    static List<List<Object>> rows(Connection c, String sql, List<Object> values) throws SQLException {
        List<List<Object>> out = new ArrayList<>();
        try (PreparedStatement ps = bind(c, sql, values); ResultSet rs = ps.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>(columns);
                for (int k = 1; k <= columns; k++) {
                    row.add(rs.getObject(k));
                }
                out.add(row);
            }
        }
        return out;
    }

    private static PreparedStatement bind(Connection c, String sql, List<Object> values) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < values.size(); i++) {
            ps.setObject(i + 1, values.get(i));
        }
        return ps;
    }
}
