package co.presencia.economy;

import co.presencia.text.Csv;
import co.presencia.territory.DepartmentCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;

/**
 * DANE's departmental GDP by activity (datos.gov.co {@code kgyi-qc7j}, "PIB Departamental con proyección"; thousand
 * million pesos), 33 departments, 12 grouped branches plus taxes, at current prices and at constant 2015 prices. The
 * latest year is preliminary ("2023pr"), the one before provisional ("2022p"). Every (year, department) must have
 * all 13 rows in both prices, or the table is rejected. Immutable.
 */
public final class DepartmentalAccounts {

    /** Figures of one department in one year and one kind of prices. */
    public record Values(Map<EconomicBranch, Double> branches, double taxes) {

        /** Value added: the sum of the 12 branches. */
        public double valueAdded() {
            return branches.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        /** GDP: value added plus taxes. */
        public double gdp() {
            return valueAdded() + taxes;
        }
    }

    private static final String CURRENT = "PIB a precios corrientes";
    private static final String CONSTANT = "PIB a precios constantes de 2015";

    private final SortedMap<Integer, SortedMap<DepartmentCode, Values>> current;
    private final SortedMap<Integer, SortedMap<DepartmentCode, Values>> constant;
    private final Map<DepartmentCode, String> names;
    private final List<FigureYear> years;

    private DepartmentalAccounts(SortedMap<Integer, SortedMap<DepartmentCode, Values>> current,
                                 SortedMap<Integer, SortedMap<DepartmentCode, Values>> constant,
                                 Map<DepartmentCode, String> names) {
        this.current = current;
        this.constant = constant;
        this.names = Map.copyOf(names);
        int last = current.lastKey();
        List<FigureYear> list = new ArrayList<>();
        for (int year : current.keySet()) {
            list.add(new FigureYear(year, year == last ? FigureYear.Status.PRELIMINARY
                    : year == last - 1 ? FigureYear.Status.PROVISIONAL : FigureYear.Status.DEFINITIVE));
        }
        this.years = List.copyOf(list);
    }

    public static DepartmentalAccounts read(Path file) {
        Map<String, Map<Integer, Map<DepartmentCode, Map<String, Double>>>> cells = new TreeMap<>();
        Map<DepartmentCode, String> names = new TreeMap<>();
        for (CSVRecord row : Csv.read(file)) {
            String where = file + ", line " + (row.getRecordNumber() + 1);
            String prices = row.get("Tipo de precios");
            if (!prices.equals(CURRENT) && !prices.equals(CONSTANT)) {
                throw new IllegalStateException(where + ": unknown prices '" + prices + "'");
            }
            int year = Integer.parseInt(row.get("Año").strip());
            DepartmentCode department = DepartmentCode.parse(row.get("Código Departamento (DIVIPOLA)"));
            names.putIfAbsent(department, row.get("Departamento"));
            String activity = row.get("Actividad").strip();
            if (!activity.equals(EconomicBranch.TAXES_LABEL) && EconomicBranch.fromDaneName(activity).isEmpty()) {
                throw new IllegalStateException(where + ": unknown activity '" + activity + "'");
            }
            double value = Double.parseDouble(row.get("Valor (miles de millones de pesos)").strip());
            Double earlier = cells.computeIfAbsent(prices, p -> new TreeMap<>()).computeIfAbsent(year, y -> new TreeMap<>())
                    .computeIfAbsent(department, d -> new java.util.HashMap<>()).put(activity, value);
            if (earlier != null) {
                throw new IllegalStateException(where + ": " + year + " " + department + " '" + activity + "' appears twice");
            }
        }
        if (!cells.containsKey(CURRENT) || !cells.containsKey(CONSTANT)) {
            throw new IllegalStateException(file + ": needs both current and constant 2015 prices");
        }
        return new DepartmentalAccounts(values(file, cells.get(CURRENT)), values(file, cells.get(CONSTANT)), names);
    }

    private static SortedMap<Integer, SortedMap<DepartmentCode, Values>> values(
            Path file, Map<Integer, Map<DepartmentCode, Map<String, Double>>> cells) {
        SortedMap<Integer, SortedMap<DepartmentCode, Values>> result = new TreeMap<>();
        cells.forEach((year, departments) -> {
            SortedMap<DepartmentCode, Values> byDepartment = new TreeMap<>();
            departments.forEach((department, activities) -> {
                Map<EconomicBranch, Double> branches = new EnumMap<>(EconomicBranch.class);
                activities.forEach((name, value) -> EconomicBranch.fromDaneName(name).ifPresent(b -> branches.put(b, value)));
                Double taxes = activities.get(EconomicBranch.TAXES_LABEL);
                if (branches.size() != EconomicBranch.values().length || taxes == null) {
                    throw new IllegalStateException(file + ": " + year + " " + department + " lacks branches or taxes "
                            + "(has " + activities.keySet() + ")");
                }
                byDepartment.put(department, new Values(Collections.unmodifiableMap(branches), taxes));
            });
            result.put(year, Collections.unmodifiableSortedMap(byDepartment));
        });
        return Collections.unmodifiableSortedMap(result);
    }

    /** The years of the table, oldest first, with their status. */
    public List<FigureYear> years() {
        return years;
    }

    public Optional<FigureYear> year(int year) {
        return years.stream().filter(y -> y.year() == year).findFirst();
    }

    /** Every department's figures at current prices in {@code year}; empty map when the year is not in the table. */
    public SortedMap<DepartmentCode, Values> currentPrices(int year) {
        return current.getOrDefault(year, Collections.emptySortedMap());
    }

    /** The same at constant 2015 prices (chained volumes: add branches up only as an approximation). */
    public SortedMap<DepartmentCode, Values> constantPrices(int year) {
        return constant.getOrDefault(year, Collections.emptySortedMap());
    }

    /** The department's name as DANE's table writes it. */
    public Optional<String> daneName(DepartmentCode code) {
        return Optional.ofNullable(names.get(code));
    }
}
