package co.presencia.coverage;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * CIIU Rev. 4 A.C. as plain tables for the agreement contracts' SQL: {@code agreement_ciiu} (every entry of DANE's flat
 * file with its section, division and group, read here with commons-csv, not by the engine's reader) and
 * {@code agreement_map} (the configured grouping's codes and sectors), and the SQL that gives each CIIU code the sector
 * of a breakdown when all its classes share it (ADR 0013).
 */
final class ClassificationTables {

    private ClassificationTables() {
    }

    static void load(Connection c, Path flatFile, List<String[]> grouping) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS agreement_ciiu");
            s.execute("DROP TABLE IF EXISTS agreement_map");
            s.execute("CREATE TABLE agreement_ciiu (code VARCHAR(4) PRIMARY KEY, lvl VARCHAR(10) NOT NULL, section VARCHAR(1) NOT NULL,"
                    + " division VARCHAR(2), grp VARCHAR(3))");
            s.execute("CREATE TABLE agreement_map (code VARCHAR(4) PRIMARY KEY, sector VARCHAR(40) NOT NULL)");
        }
        try (Reader reader = Files.newBufferedReader(flatFile, StandardCharsets.UTF_8);
             PreparedStatement insert = c.prepareStatement("INSERT INTO agreement_ciiu VALUES (?, ?, ?, ?, ?)")) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                insert.setString(1, row.get("codigo"));
                insert.setString(2, row.get("nivel"));
                insert.setString(3, row.get("seccion"));
                insert.setString(4, row.get("division").isBlank() ? null : row.get("division"));
                insert.setString(5, row.get("grupo").isBlank() ? null : row.get("grupo"));
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO agreement_map VALUES (?, ?)")) {
            for (String[] line : grouping) {
                insert.setString(1, line[3]);
                insert.setString(2, line[0]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Each class and its sector under breakdown {@code id} ({@code section|division|group|class}, else the grouping). */
    static String classSector(String id) {
        String column = switch (id) {
            case "section" -> "section";
            case "division" -> "division";
            case "group" -> "grp";
            case "class" -> "code";
            default -> null;
        };
        if (column != null) {
            return "(SELECT code AS class_code, " + column + " AS sector FROM agreement_ciiu WHERE lvl = 'clase')";
        }
        return "(SELECT c.code AS class_code, m.sector AS sector FROM agreement_ciiu c JOIN agreement_map m"
                + " ON m.code IN (c.code, c.grp, c.division, c.section) WHERE c.lvl = 'clase')";
    }

    /** Each CIIU code whose classes all lie in one sector of breakdown {@code id}, with that sector: (code, sector). */
    static String entrySector(String id) {
        return "(SELECT e.code AS code, MIN(cs.sector) AS sector FROM agreement_ciiu e"
                + " JOIN agreement_ciiu c ON c.lvl = 'clase' AND (c.code = e.code OR c.grp = e.code OR c.division = e.code OR c.section = e.code)"
                + " LEFT JOIN " + classSector(id) + " cs ON cs.class_code = c.code"
                + " GROUP BY e.code HAVING COUNT(*) = COUNT(cs.sector) AND MIN(cs.sector) = MAX(cs.sector))";
    }
}
