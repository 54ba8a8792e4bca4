package co.presencia.reference;

import co.presencia.territory.DepartmentCode;
import co.presencia.territory.DivipolaCode;
import co.presencia.territory.InvalidDivipolaCodeException;
import co.presencia.territory.OfficialName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * DANE's DIVIPOLA list of municipalities ({@code DIVIPOLA_Municipios.xlsx}, March 2024): department code and name,
 * municipality code and name (capitals, as DIVIPOLA writes them), type, and the latitude and longitude of the seat.
 * The title block above the data (rows 1–11) is skipped: a data row is one whose department cell holds two digits
 * and whose municipality cell holds a code of that department. Footnote rows below the data are skipped likewise.
 */
public final class DivipolaTable {

    /**
     * One unit as DIVIPOLA lists it.
     *
     * @param code           the municipality code
     * @param departmentName the department's name as DIVIPOLA writes it ("ARCHIPIÉLAGO DE SAN ANDRÉS, ...")
     * @param name           the unit's name as DIVIPOLA writes it, footnote marks removed ("NUEVO BELÉN DE BAJIRÁ")
     * @param type           "Municipio", "Área no municipalizada" or "Isla"
     * @param longitude      of the seat, decimal degrees
     * @param latitude       of the seat, decimal degrees
     */
    public record Unit(DivipolaCode code, String departmentName, String name, String type, double longitude, double latitude) {
    }

    private DivipolaTable() {
    }

    /** The units by code. Fails when the sheet holds no unit or a code twice. */
    public static SortedMap<DivipolaCode, Unit> read(Path file) {
        SortedMap<DivipolaCode, Unit> units = new TreeMap<>();
        DataFormatter text = new DataFormatter(Locale.ROOT);
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                String department = text.formatCellValue(row.getCell(0)).strip();
                String code = text.formatCellValue(row.getCell(2)).strip();
                if (!department.matches("\\d{1,2}") || !code.matches("\\d{4,5}")) {
                    continue;
                }
                DivipolaCode divipola;
                try {
                    divipola = DivipolaCode.parse(code);
                } catch (InvalidDivipolaCodeException e) {
                    throw new IllegalStateException(file + ", row " + (row.getRowNum() + 1) + ": " + e.getMessage(), e);
                }
                if (!divipola.departmentCode().equals(DepartmentCode.parse(department).value())) {
                    throw new IllegalStateException(file + ", row " + (row.getRowNum() + 1) + ": municipality " + divipola
                            + " listed under department " + department);
                }
                Unit unit = new Unit(divipola, OfficialName.withoutMarks(text.formatCellValue(row.getCell(1))),
                        OfficialName.withoutMarks(text.formatCellValue(row.getCell(3))),
                        text.formatCellValue(row.getCell(4)).strip(), degrees(row.getCell(6)), degrees(row.getCell(5)));
                if (units.put(divipola, unit) != null) {
                    throw new IllegalStateException(file + ", row " + (row.getRowNum() + 1) + ": code " + divipola + " twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        if (units.isEmpty()) {
            throw new IllegalStateException(file + ": no DIVIPOLA municipality rows found");
        }
        return Collections.unmodifiableSortedMap(units);
    }

    /** The department names as DIVIPOLA writes them. */
    public static Map<DepartmentCode, String> departmentNames(SortedMap<DivipolaCode, Unit> units) {
        Map<DepartmentCode, String> names = new TreeMap<>();
        units.values().forEach(u -> names.putIfAbsent(new DepartmentCode(u.code().departmentCode()), u.departmentName()));
        return names;
    }

    private static double degrees(Cell cell) {
        if (cell == null) {
            return Double.NaN;
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return cell.getNumericCellValue();
        }
        String value = new DataFormatter(Locale.ROOT).formatCellValue(cell).strip().replace(',', '.');
        return value.isEmpty() ? Double.NaN : Double.parseDouble(value);
    }
}
