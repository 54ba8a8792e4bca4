package co.presencia.coverage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * DANE's economic tables as plain SQL tables for the agreement contracts, read here without the engine's readers:
 * {@code agreement_gdp} (departmental GDP by activity), {@code agreement_va} (municipal value added, 2022) and
 * {@code agreement_branch} (CIIU section → DANE branch id, written out below from DANE's branch definitions).
 */
final class EconomyTables {

    static final String GDP_FILE = "economy/pib_departamental_dane_2005_2023/gdp_departments_tbl_df.decoded.csv";
    static final String VA_FILE = "economy/va_municipal_dane_2021_2022/Valor_Agregado.txt";
    private static final List<String[]> BRANCH_OF_SECTION = List.of(
            new String[] {"A", "agropecuario"}, new String[] {"B", "minas"}, new String[] {"C", "industria"},
            new String[] {"D", "servicios-publicos"}, new String[] {"E", "servicios-publicos"}, new String[] {"F", "construccion"},
            new String[] {"G", "comercio-transporte-alojamiento"}, new String[] {"H", "comercio-transporte-alojamiento"},
            new String[] {"I", "comercio-transporte-alojamiento"}, new String[] {"J", "informacion-comunicaciones"},
            new String[] {"K", "financieras"}, new String[] {"L", "inmobiliarias"}, new String[] {"M", "profesionales-administrativas"},
            new String[] {"N", "profesionales-administrativas"}, new String[] {"O", "publica-educacion-salud"},
            new String[] {"P", "publica-educacion-salud"}, new String[] {"Q", "publica-educacion-salud"},
            new String[] {"R", "artes-hogares-otros"}, new String[] {"S", "artes-hogares-otros"}, new String[] {"T", "artes-hogares-otros"},
            new String[] {"U", "artes-hogares-otros"});

    private EconomyTables() {
    }

    static void load(Connection c, Path shapefiles) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : List.of("agreement_gdp", "agreement_va", "agreement_branch")) {
                s.execute("DROP TABLE IF EXISTS " + table);
            }
            s.execute("CREATE TABLE agreement_gdp (gdp_year INTEGER, dept VARCHAR(2), activity VARCHAR(400), prices VARCHAR(80),"
                    + " amount DOUBLE PRECISION)");
            s.execute("CREATE TABLE agreement_va (code VARCHAR(5) PRIMARY KEY, va DOUBLE PRECISION)");
            s.execute("CREATE TABLE agreement_branch (section VARCHAR(1) PRIMARY KEY, branch VARCHAR(40))");
        }
        try (Reader reader = Files.newBufferedReader(shapefiles.resolve(GDP_FILE), StandardCharsets.UTF_8);
             PreparedStatement insert = c.prepareStatement("INSERT INTO agreement_gdp VALUES (?, ?, ?, ?, ?)")) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                insert.setInt(1, Integer.parseInt(row.get(0).strip()));
                String dept = row.get(4).strip();
                insert.setString(2, dept.length() == 1 ? "0" + dept : dept);
                insert.setString(3, row.get(1).strip());
                insert.setString(4, row.get(3).strip());
                insert.setDouble(5, Double.parseDouble(row.get(6).strip()));
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        try (BufferedReader reader = Files.newBufferedReader(shapefiles.resolve(VA_FILE), StandardCharsets.UTF_8);
             PreparedStatement insert = c.prepareStatement("INSERT INTO agreement_va VALUES (?, ?)")) {
            List<String> header = Arrays.asList(reader.readLine().replace("\uFEFF", "").split("\\|", -1));
            int code = header.indexOf("Cod. Municipio");
            int va = header.indexOf("Valor agregado 2022");
            String line;
            while ((line = reader.readLine()) != null) {
                String[] cells = line.split("\\|", -1);
                if (line.isBlank() || cells[va].isBlank()) {
                    continue;
                }
                insert.setString(1, cells[code].strip());
                insert.setDouble(2, Double.parseDouble(cells[va].strip().replace(',', '.')));
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO agreement_branch VALUES (?, ?)")) {
            for (String[] pair : BRANCH_OF_SECTION) {
                insert.setString(1, pair[0]);
                insert.setString(2, pair[1]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
