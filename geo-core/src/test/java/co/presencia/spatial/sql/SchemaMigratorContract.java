package co.presencia.spatial.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.presencia.intervention.DatasetRepository;
import co.presencia.intervention.DatasetSummary;
import co.presencia.intervention.Intervention;
import co.presencia.intervention.InterventionRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.WKTReader;

/**
 * Schema migrations with Flyway, on a new store and on stores created by the hand-written migrator that preceded it
 * ({@link PreFlywayStore}): those are baselined at the version they reached, never re-created, and keep their rows.
 * Subclasses run it on H2GIS ({@code *Test}) and PostGIS ({@code *IT}); each test gets an empty database.
 */
abstract class SchemaMigratorContract {

    private static final String SQUARE = "MULTIPOLYGON (((-75.6 6.2, -75.5 6.2, -75.5 6.3, -75.6 6.3, -75.6 6.2)))";

    protected abstract Database emptyDatabase();

    @Test
    void aNewStoreGetsEveryMigrationRecordedByFlyway() throws SQLException {
        Database database = emptyDatabase();
        SchemaMigrator.migrate(database);
        assertThat(history(database)).containsExactly("1 SQL reference", "2 SQL interventions", "3 SQL targets",
                "4 SQL divipola names", "5 SQL import job owner", "6 SQL intervention ciiu", "7 SQL sign in failures",
                "8 SQL import job progress", "9 SQL sign in attempts");
        assertThat(count(database, "SELECT COUNT(*) FROM coverage_target")).isZero();
        assertThat(count(database, "SELECT COUNT(*) FROM sign_in_failure")).isZero();

        List<String> first = history(database);
        SchemaMigrator.migrate(database);
        assertThat(history(database)).as("a second run changes nothing").isEqualTo(first);
    }

    @Test
    void aStoreOfTheHandWrittenMigratorIsBaselinedAndKeepsItsData() throws SQLException, ParseException {
        Database database = emptyDatabase();
        PreFlywayStore.create(database, 3);
        Geometry square = putLegacyRows(database);
        execute(database, "INSERT INTO coverage_target (id, name, indicator, years, target_value, updated_at) "
                + "VALUES ('meta-1', 'Meta', 'MUNICIPALITIES_REACHED', '2023', 80, CURRENT_TIMESTAMP)");

        SchemaMigrator.migrate(database);

        assertThat(history(database)).containsExactly("3 BASELINE schema_version at V3 (store created before Flyway)",
                "4 SQL divipola names", "5 SQL import job owner", "6 SQL intervention ciiu", "7 SQL sign in failures",
                "8 SQL import job progress", "9 SQL sign in attempts");
        assertDataSurvived(database, square);
        assertThat(count(database, "SELECT COUNT(*) FROM coverage_target")).isEqualTo(1);
        assertThat(count(database, "SELECT COUNT(*) FROM schema_version")).as("left as it was").isEqualTo(3);

        List<String> first = history(database);
        SchemaMigrator.migrate(database);
        assertThat(history(database)).as("a second run changes nothing").isEqualTo(first);
        assertDataSurvived(database, square);
    }

    @Test
    void aStoreLeftAtV2IsBaselinedThereAndGetsTheLaterMigrations() throws SQLException, ParseException {
        Database database = emptyDatabase();
        PreFlywayStore.create(database, 2);
        Geometry square = putLegacyRows(database);

        SchemaMigrator.migrate(database);

        assertThat(history(database)).containsExactly(
                "2 BASELINE schema_version at V2 (store created before Flyway)", "3 SQL targets", "4 SQL divipola names",
                "5 SQL import job owner", "6 SQL intervention ciiu", "7 SQL sign in failures",
                "8 SQL import job progress", "9 SQL sign in attempts");
        assertThat(count(database, "SELECT COUNT(*) FROM coverage_target")).isZero();
        assertDataSurvived(database, square);
    }

    @Test
    void aPreFlywayHistoryWithAGapIsRefusedAndNothingChanges() throws SQLException {
        Database database = emptyDatabase();
        PreFlywayStore.create(database, 3);
        execute(database, "DELETE FROM schema_version WHERE version = 2");

        assertThatThrownBy(() -> SchemaMigrator.migrate(database)).isInstanceOf(StoreException.class)
                .hasMessageContaining("schema_version lists versions [1, 3]");
        try (Connection connection = database.dataSource().getConnection()) {
            assertThat(SchemaMigrator.tableExists(connection, SchemaMigrator.HISTORY_TABLE)).isFalse();
        }
    }

    /** A department, a municipality, a dataset with two interventions; returns the stored geometry. */
    private static Geometry putLegacyRows(Database database) throws SQLException, ParseException {
        Geometry square = new WKTReader().read(SQUARE);
        square.setSRID(4326);
        try (Connection connection = database.dataSource().getConnection()) {
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO department (code, name, area_km2, geom) VALUES ('05', 'Antioquia', 123.5, ST_GeomFromWKB(?, 4326))")) {
                ps.setBytes(1, new WKBWriter().write(square));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO municipality (code, name, department_code, "
                    + "type, area_km2, geom) VALUES ('05001', 'Medellín', '05', 'Municipio', 123.5, ST_GeomFromWKB(?, 4326))")) {
                ps.setBytes(1, new WKBWriter().write(square));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO dataset (id, name, synthetic, created_at, "
                    + "interventions, beneficiaries, municipalities) VALUES ('legado', 'Datos de antes de Flyway', FALSE, ?, 2, 1, 1)")) {
                ps.setTimestamp(1, Timestamp.from(Instant.parse("2026-11-01T12:00:00Z")));
                ps.executeUpdate();
            }
            try (Statement statement = connection.createStatement()) {
                for (String id : List.of("R-1", "R-2")) {
                    statement.executeUpdate("INSERT INTO intervention (dataset_id, record_id, beneficiary_id, report_year, "
                            + "program, axis, municipality_code, placement, longitude, latitude, source_line, row_hash) VALUES "
                            + "('legado', '" + id + "', '900123456', 2023, 'EnCadena', 'ENCADENAMIENTOS', '05001', 'POINT', "
                            + "-75.56, 6.25, " + id.substring(2) + ", 42)");
                }
            }
        }
        return square;
    }

    private static void assertDataSurvived(Database database, Geometry square) throws SQLException, ParseException {
        DatasetSummary dataset = new DatasetRepository(database).dataset("legado").orElseThrow();
        assertThat(dataset.name()).isEqualTo("Datos de antes de Flyway");
        assertThat(dataset.interventions()).isEqualTo(2);
        List<Intervention> stored = new ArrayList<>();
        new InterventionRepository(database).forEach("legado", stored::add);
        assertThat(stored).extracting(Intervention::recordId).containsExactly("R-1", "R-2");
        assertThat(stored.get(1).municipality().value()).isEqualTo("05001");
        assertThat(stored.get(1).longitude()).isEqualTo(-75.56);
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT name, ST_AsBinary(geom) FROM municipality WHERE code = '05001'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Medellín");
            assertThat(new WKBReader().read(rs.getBytes(2)).equalsExact(square)).isTrue();
        }
    }

    /** Flyway's history: "version type description", in order (without the marker row Flyway writes on H2). */
    private static List<String> history(Database database) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT \"version\", \"type\", \"description\", \"success\" FROM \""
                     + SchemaMigrator.HISTORY_TABLE + "\" WHERE \"type\" <> 'TABLE' ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                assertThat(rs.getBoolean(4)).as(rs.getString(1)).isTrue();
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        }
        return rows;
    }

    private static long count(Database database, String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(Database database, String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
