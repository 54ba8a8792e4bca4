package co.presencia.territory;

import co.presencia.text.Csv;
import co.presencia.text.NameKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads user-defined territory groups (how the ECB territories arrive): one CSV per group, file name = group id
 * ({@code ecb.csv} → {@code ecb}). Columns: territory name ({@code territorio} / {@code territory}) and a code
 * ({@code codigo} / {@code code} / {@code divipola}): a 5-digit municipality or a 2-digit department, which stands
 * for all its municipalities. An optional {@code grupo} column names the group. Unknown codes fail the load with
 * file, line and value.
 */
public final class UserGroupCsv {

    private static final List<String> TERRITORY_COLUMNS = List.of("territorio", "territory", "nombre", "name");
    private static final List<String> CODE_COLUMNS = List.of("codigo", "code", "divipola", "cod_mpio", "cod_dpto", "codigo_dane");

    private UserGroupCsv() {
    }

    public static List<TerritoryGroup> readAll(Path folder, List<Municipality> municipalities) {
        try (Stream<Path> files = Files.list(folder)) {
            List<TerritoryGroup> groups = new ArrayList<>();
            for (Path file : files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")).sorted().toList()) {
                groups.add(read(file, municipalities));
            }
            return groups;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TerritoryGroup read(Path file, List<Municipality> municipalities) {
        String id = TerritoryGroup.slug(file.getFileName().toString().replaceFirst("(?i)\\.csv$", ""));
        Set<DivipolaCode> known = municipalities.stream().map(Municipality::code).collect(Collectors.toSet());
        List<CSVRecord> rows = Csv.read(file);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(file + ": no territories");
        }
        String territoryColumn = column(file, rows.get(0), TERRITORY_COLUMNS);
        String codeColumn = column(file, rows.get(0), CODE_COLUMNS);
        String groupName = rows.get(0).isMapped("grupo") ? rows.get(0).get("grupo") : id.toUpperCase(Locale.ROOT);
        Map<String, SortedSet<DivipolaCode>> members = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (CSVRecord row : rows) {
            String territory = row.get(territoryColumn).strip();
            String code = row.get(codeColumn).strip();
            String line = file + ", line " + (row.getRecordNumber() + 1) + ", field " + codeColumn;
            String key = TerritoryGroup.slug(territory);
            names.putIfAbsent(key, territory);
            SortedSet<DivipolaCode> set = members.computeIfAbsent(key, k -> new TreeSet<>());
            if (code.length() <= 2) {
                String department = DepartmentCode.parse(code).value();
                List<DivipolaCode> inDepartment = known.stream().filter(c -> c.departmentCode().equals(department)).toList();
                if (inDepartment.isEmpty()) {
                    throw new IllegalArgumentException(line + ": unknown department '" + code + "'");
                }
                set.addAll(inDepartment);
            } else {
                DivipolaCode municipality;
                try {
                    municipality = DivipolaCode.parse(code);
                } catch (InvalidDivipolaCodeException e) {
                    throw new IllegalArgumentException(line + ": " + e.getMessage(), e);
                }
                if (!known.contains(municipality)) {
                    throw new IllegalArgumentException(line + ": unknown municipality '" + code + "'");
                }
                set.add(municipality);
            }
        }
        List<Territory> territories = members.entrySet().stream()
                .map(e -> new Territory(e.getKey(), names.get(e.getKey()), e.getValue())).toList();
        return new TerritoryGroup(id, groupName, GroupKind.USER_DEFINED, "definido por el usuario: " + file.getFileName(), territories);
    }

    private static String column(Path file, CSVRecord first, List<String> candidates) {
        for (String header : first.toMap().keySet()) {
            if (candidates.contains(NameKey.of(header).replace(' ', '_'))) {
                return header;
            }
        }
        throw new IllegalArgumentException(file + ": expected a column among " + candidates + ", found "
                + first.toMap().keySet());
    }
}
