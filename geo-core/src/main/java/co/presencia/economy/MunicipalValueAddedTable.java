package co.presencia.economy;

import co.presencia.territory.DepartmentCode;
import co.presencia.territory.DivipolaCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DANE's municipal value added as ProColombia's table gives it ({@code Valor_Agregado.txt}: {@code |}-separated,
 * decimal comma, thousand million current pesos): the total for every year headed {@code Valor agregado YYYY}, and
 * the primary / secondary / tertiary split, which the table gives for its latest year. The latest year is
 * provisional ("2022p"). A row without values (94663 Mapiripana, merged into Barrancominas) is kept as a unit
 * without data. Immutable.
 */
public final class MunicipalValueAddedTable {

    private static final Pattern YEAR_COLUMN = Pattern.compile("Valor agregado (\\d{4})");
    /** The split must add up to the total within this fraction, or the table is not what this reader expects. */
    private static final double STRUCTURE_TOLERANCE = 0.01;

    private final SortedMap<DivipolaCode, List<ValueAdded>> byUnit;
    private final List<DivipolaCode> withoutValues;
    private final List<FigureYear> years;
    private final Map<Integer, Map<DepartmentCode, Double>> departmentTotals;
    private final Map<Integer, Double> nationalTotals;

    private MunicipalValueAddedTable(SortedMap<DivipolaCode, List<ValueAdded>> byUnit, List<DivipolaCode> withoutValues,
                                     List<FigureYear> years) {
        this.byUnit = Collections.unmodifiableSortedMap(byUnit);
        this.withoutValues = List.copyOf(withoutValues);
        this.years = List.copyOf(years);
        Map<Integer, Map<DepartmentCode, Double>> departments = new HashMap<>();
        Map<Integer, Double> nation = new HashMap<>();
        byUnit.forEach((code, values) -> values.forEach(v -> {
            departments.computeIfAbsent(v.year().year(), y -> new HashMap<>())
                    .merge(new DepartmentCode(code.departmentCode()), v.total(), Double::sum);
            nation.merge(v.year().year(), v.total(), Double::sum);
        }));
        Map<Integer, Map<DepartmentCode, Double>> frozen = new HashMap<>();
        departments.forEach((y, m) -> frozen.put(y, Map.copyOf(m)));
        this.departmentTotals = Map.copyOf(frozen);
        this.nationalTotals = Map.copyOf(nation);
    }

    public static MunicipalValueAddedTable read(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null) {
                throw new IllegalStateException(file + ": empty");
            }
            Columns columns = Columns.of(file, header.replace("\uFEFF", "").split("\\|", -1));
            SortedMap<DivipolaCode, List<ValueAdded>> byUnit = new TreeMap<>();
            List<DivipolaCode> withoutValues = new ArrayList<>();
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\\|", -1);
                DivipolaCode code = DivipolaCode.parse(cells[columns.code]);
                List<ValueAdded> values = columns.values(file, number, cells);
                if (values.isEmpty()) {
                    withoutValues.add(code);
                } else if (byUnit.put(code, values) != null) {
                    throw new IllegalStateException(file + ", line " + number + ": code " + code + " appears twice");
                }
            }
            return new MunicipalValueAddedTable(byUnit, withoutValues, columns.years());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The years of the table, oldest first; the latest is provisional. */
    public List<FigureYear> years() {
        return years;
    }

    /** The units with values. */
    public SortedMap<DivipolaCode, List<ValueAdded>> units() {
        return byUnit;
    }

    /** Units the table lists without any value (94663 Mapiripana). */
    public List<DivipolaCode> withoutValues() {
        return withoutValues;
    }

    /** A unit's value added by year, latest first; empty when the table has no values for it. */
    public Optional<List<ValueAdded>> of(DivipolaCode code) {
        return Optional.ofNullable(byUnit.get(code));
    }

    /** The sum over the department's municipalities in {@code year} (0 when none). */
    public double departmentTotal(DepartmentCode department, int year) {
        return departmentTotals.getOrDefault(year, Map.of()).getOrDefault(department, 0.0);
    }

    /** The sum over every municipality in {@code year} (0 when the year is not in the table). */
    public double nationalTotal(int year) {
        return nationalTotals.getOrDefault(year, 0.0);
    }

    /** Where each figure sits in a row. */
    private record Columns(int code, int primary, int secondary, int tertiary, List<Integer> totals, List<FigureYear> years) {

        static Columns of(Path file, String[] header) {
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                index.put(header[i].strip(), i);
            }
            TreeMap<Integer, Integer> totalsByYear = new TreeMap<>(Collections.reverseOrder());
            for (int i = 0; i < header.length; i++) {
                Matcher m = YEAR_COLUMN.matcher(header[i].strip());
                if (m.matches()) {
                    totalsByYear.put(Integer.parseInt(m.group(1)), i);
                }
            }
            if (totalsByYear.isEmpty()) {
                throw new IllegalStateException(file + ": no 'Valor agregado YYYY' column");
            }
            int latest = totalsByYear.firstKey();
            List<FigureYear> years = new ArrayList<>();
            totalsByYear.keySet().forEach(y -> years.add(new FigureYear(y,
                    y == latest ? FigureYear.Status.PROVISIONAL : FigureYear.Status.DEFINITIVE)));
            return new Columns(required(file, index, "Cod. Municipio"), required(file, index, ActivityTier.PRIMARY.label()),
                    required(file, index, ActivityTier.SECONDARY.label()), required(file, index, ActivityTier.TERTIARY.label()),
                    List.copyOf(totalsByYear.values()), List.copyOf(years));
        }

        private static int required(Path file, Map<String, Integer> index, String column) {
            Integer i = index.get(column);
            if (i == null) {
                throw new IllegalStateException(file + ": column '" + column + "' missing; found " + index.keySet());
            }
            return i;
        }

        /** Latest year first; the split belongs to the latest year. */
        List<ValueAdded> values(Path file, int line, String[] cells) {
            List<ValueAdded> values = new ArrayList<>();
            for (int i = 0; i < totals.size(); i++) {
                Double total = number(file, line, cells, totals.get(i));
                if (total == null) {
                    continue;
                }
                FigureYear year = years.get(i);
                if (i == 0) {
                    Double p = number(file, line, cells, primary);
                    Double s = number(file, line, cells, secondary);
                    Double t = number(file, line, cells, tertiary);
                    if (p == null || s == null || t == null || Math.abs(p + s + t - total) > STRUCTURE_TOLERANCE * Math.abs(total)) {
                        throw new IllegalStateException(file + ", line " + line + ": primary + secondary + tertiary ("
                                + p + " + " + s + " + " + t + ") is not the " + year.year() + " total " + total);
                    }
                    values.add(new ValueAdded(year, total, p, s, t));
                } else {
                    values.add(new ValueAdded(year, total, null, null, null));
                }
            }
            return values;
        }

        private static Double number(Path file, int line, String[] cells, int column) {
            String text = column < cells.length ? cells[column].strip() : "";
            if (text.isEmpty()) {
                return null;
            }
            try {
                return Double.parseDouble(text.replace(',', '.'));
            } catch (NumberFormatException e) {
                throw new IllegalStateException(file + ", line " + line + ": '" + text + "' is not a number", e);
            }
        }
    }
}
