package co.presencia.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import co.presencia.testing.ReferenceData;
import co.presencia.territory.DepartmentCode;
import co.presencia.territory.DivipolaCode;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * DANE's economic tables as the service reads them, checked against independent computations on the raw files:
 * the raw lines are split here by hand and summed in BigDecimal, not through the readers under test.
 */
class EconomicContextTest {

    private static final Path DATA = ReferenceData.shapefiles();
    private static final EconomicContext ECONOMY = EconomicContext.load(DATA);

    @Test
    void municipalValueAddedSummedByDepartmentEqualsDepartmentalValueAddedWithinRounding() throws IOException {
        Map<Integer, Map<String, BigDecimal>> municipal = rawMunicipalSums();
        Map<Integer, Map<String, BigDecimal>> departmental = rawDepartmentalValueAdded();
        for (int year : List.of(2021, 2022)) {
            assertThat(municipal.get(year)).hasSize(33);
            municipal.get(year).forEach((department, sum) -> {
                double expected = departmental.get(year).get(department).doubleValue();
                assertThat(sum.doubleValue()).as("%s %d", department, year).isCloseTo(expected, within(expected * 5e-5));
                assertThat(ECONOMY.municipal().departmentTotal(new DepartmentCode(department), year))
                        .isCloseTo(sum.doubleValue(), within(1e-6));
                double service = ECONOMY.departments(year).orElseThrow().departments().stream()
                        .filter(d -> d.code().value().equals(department)).findFirst().orElseThrow().valueAdded();
                assertThat(service).isCloseTo(expected, within(1e-6));
            });
        }
    }

    @Test
    void nationalTotalsAreDanesPublishedOnes() {
        assertThat(Math.round(ECONOMY.municipal().nationalTotal(2022))).isEqualTo(1_321_264L);
        assertThat(Math.round(ECONOMY.municipal().nationalTotal(2021))).isEqualTo(1_079_574L);
        assertThat(Math.round(ECONOMY.departments(2022).orElseThrow().gdp())).isEqualTo(1_469_791L);
        assertThat(Math.round(ECONOMY.departments(2023).orElseThrow().gdp())).isEqualTo(1_572_458L);
        assertThat(Math.round(ECONOMY.departments(2019).orElseThrow().gdp())).isEqualTo(1_060_068L);
    }

    @Test
    void aMunicipalitysSharesAgreeWithTheWeightsProColombiaComputed() throws IOException {
        List<String> lines = Files.readAllLines(DATA.resolve(EconomicContext.MUNICIPAL_FILE), StandardCharsets.UTF_8);
        int checked = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\\|", -1);
            if (cells[7].isEmpty()) {
                continue;
            }
            double weight = Double.parseDouble(cells[7].replace(',', '.')) / 100;
            MunicipalEconomy economy = ECONOMY.municipality(DivipolaCode.parse(cells[0])).orElseThrow();
            assertThat(economy.latest().shareOfDepartment()).as(cells[0]).isCloseTo(weight, within(1e-9));
            checked++;
        }
        assertThat(checked).isEqualTo(1121);
    }

    @Test
    void medellinAndBogota() {
        MunicipalEconomy medellin = ECONOMY.municipality(new DivipolaCode("05001")).orElseThrow();
        MunicipalEconomy.Year y2022 = medellin.latest();
        assertThat(y2022.valueAdded().year().label()).isEqualTo("2022p");
        assertThat(y2022.source()).isEqualTo("DANE, valor agregado municipal 2022p");
        assertThat(y2022.valueAdded().total()).isCloseTo(76_890.364, within(0.001));
        assertThat(y2022.valueAdded().tertiary() / y2022.valueAdded().total()).isCloseTo(0.80634, within(1e-5));
        MunicipalEconomy.Year y2021 = medellin.years().get(1);
        assertThat(y2021.valueAdded().year().label()).isEqualTo("2021");
        assertThat(y2021.valueAdded().total()).isCloseTo(66_893.739, within(0.001));
        assertThat(y2021.valueAdded().hasStructure()).as("the table splits only 2022").isFalse();
        MunicipalEconomy bogota = ECONOMY.municipality(new DivipolaCode("11001")).orElseThrow();
        assertThat(bogota.latest().shareOfDepartment()).isEqualTo(1.0);
        assertThat(bogota.latest().shareOfNation()).isCloseTo(0.2394, within(5e-5));
    }

    @Test
    void mapiripanaHasNoValuesAndBajiraIsAbsent() {
        assertThat(ECONOMY.municipal().withoutValues()).extracting(DivipolaCode::value).containsExactly("94663");
        assertThat(ECONOMY.municipality(new DivipolaCode("94663"))).isEmpty();
        assertThat(ECONOMY.municipality(new DivipolaCode("27493"))).isEmpty();
        assertThat(ECONOMY.municipal().units()).hasSize(1121);
    }

    @Test
    void antioquia2022BranchesAsDanePublishesThemWithSharesAndLocationQuotients() throws IOException {
        DepartmentalEconomy year = ECONOMY.departments(2022).orElseThrow();
        assertThat(year.year().label()).isEqualTo("2022p");
        assertThat(year.source()).isEqualTo("DANE, PIB departamental por actividad económica 2022p");
        DepartmentalEconomy.Department antioquia = year.departments().get(0);
        assertThat(antioquia.code().value()).isEqualTo("05");
        Map<EconomicBranch, DepartmentalEconomy.Branch> branches = new HashMap<>();
        antioquia.branches().forEach(b -> branches.put(b.branch(), b));
        assertThat(branches.get(EconomicBranch.AGRICULTURE).value()).isCloseTo(16_842.4, within(0.01));
        assertThat(branches.get(EconomicBranch.MINING).value()).isCloseTo(7_778.82, within(0.01));
        assertThat(branches.get(EconomicBranch.MANUFACTURING).value()).isCloseTo(30_927.73, within(0.01));
        assertThat(branches.get(EconomicBranch.TRADE_TRANSPORT_HOSPITALITY).value()).isCloseTo(39_483.49, within(0.01));
        assertThat(antioquia.taxes()).isCloseTo(20_976.9, within(0.01));
        assertThat(antioquia.branches().stream().mapToDouble(DepartmentalEconomy.Branch::share).sum()).isCloseTo(1.0, within(1e-12));
        assertThat(antioquia.gdpShare()).isCloseTo(0.1445, within(5e-5));

        // Location quotient of manufacturing, computed here from the raw rows.
        Map<String, Map<String, BigDecimal>> raw = rawBranches(2022);
        BigDecimal nationManufacturing = BigDecimal.ZERO;
        BigDecimal nationTotal = BigDecimal.ZERO;
        for (Map<String, BigDecimal> department : raw.values()) {
            nationManufacturing = nationManufacturing.add(department.get("Industrias manufactureras"));
            nationTotal = nationTotal.add(department.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        BigDecimal antioquiaTotal = raw.get("05").values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        double expected = raw.get("05").get("Industrias manufactureras").doubleValue() / antioquiaTotal.doubleValue()
                / (nationManufacturing.doubleValue() / nationTotal.doubleValue());
        assertThat(branches.get(EconomicBranch.MANUFACTURING).locationQuotient()).isCloseTo(expected, within(1e-12));
        assertThat(expected).as("Antioquia is specialised in manufacturing").isGreaterThan(1);
        // The quotients weighted by the department's shares of each national branch add up to 1 over departments.
        double weighted = year.departments().stream().mapToDouble(d -> d.valueAddedShare()
                * d.branches().get(EconomicBranch.MINING.ordinal()).locationQuotient()).sum();
        assertThat(weighted).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void yearsCarryDanesStatusAndRealGrowthNeedsTheYearBefore() {
        assertThat(ECONOMY.departmental().years()).hasSize(19);
        assertThat(ECONOMY.departmental().year(2023).orElseThrow().label()).isEqualTo("2023pr");
        assertThat(ECONOMY.departmental().year(2021).orElseThrow().status()).isEqualTo(FigureYear.Status.DEFINITIVE);
        assertThat(ECONOMY.departments(2004)).isEmpty();
        assertThat(ECONOMY.departments(2005).orElseThrow().departments().get(0).branches())
                .allSatisfy(b -> assertThat(b.realGrowth()).isNull());
        DepartmentalEconomy.Branch agro2016 = ECONOMY.departments(2016).orElseThrow().departments().get(0).branches().get(0);
        double before = ECONOMY.departmental().constantPrices(2015).get(new DepartmentCode("05")).branches().get(EconomicBranch.AGRICULTURE);
        assertThat(agro2016.realGrowth()).isCloseTo(agro2016.constant2015() / before - 1, within(1e-12));
        assertThat(ECONOMY.municipal().years()).extracting(FigureYear::label).containsExactly("2022p", "2021");
    }

    /** year → department → Σ municipal value added, from the raw lines. */
    private static Map<Integer, Map<String, BigDecimal>> rawMunicipalSums() throws IOException {
        List<String> lines = Files.readAllLines(DATA.resolve(EconomicContext.MUNICIPAL_FILE), StandardCharsets.UTF_8);
        assertThat(lines.get(0).split("\\|")[6]).isEqualTo("Valor agregado 2022");
        assertThat(lines.get(0).split("\\|")[11]).isEqualTo("Valor agregado 2021");
        Map<Integer, Map<String, BigDecimal>> sums = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\\|", -1);
            for (int[] column : new int[][] {{2022, 6}, {2021, 11}}) {
                if (!cells[column[1]].isEmpty()) {
                    sums.computeIfAbsent(column[0], y -> new TreeMap<>())
                            .merge(cells[0].substring(0, 2), new BigDecimal(cells[column[1]].replace(',', '.')), BigDecimal::add);
                }
            }
        }
        return sums;
    }

    /** year → department → Σ branches without taxes at current prices, from the raw rows. */
    private static Map<Integer, Map<String, BigDecimal>> rawDepartmentalValueAdded() throws IOException {
        Map<Integer, Map<String, BigDecimal>> result = new TreeMap<>();
        for (int year : List.of(2021, 2022)) {
            Map<String, BigDecimal> byDepartment = new TreeMap<>();
            rawBranches(year).forEach((d, branches) ->
                    byDepartment.put(d, branches.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
            result.put(year, byDepartment);
        }
        return result;
    }

    /** department → branch → value at current prices in {@code year}, taxes left out. */
    private static Map<String, Map<String, BigDecimal>> rawBranches(int year) throws IOException {
        Map<String, Map<String, BigDecimal>> result = new TreeMap<>();
        try (Reader reader = Files.newBufferedReader(DATA.resolve(EconomicContext.DEPARTMENTAL_FILE), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                if (Integer.parseInt(row.get(0)) == year && row.get(3).equals("PIB a precios corrientes")
                        && !row.get(1).equals("Impuestos")) {
                    String department = row.get(4).length() == 1 ? "0" + row.get(4) : row.get(4);
                    result.computeIfAbsent(department, d -> new TreeMap<>()).put(row.get(1), new BigDecimal(row.get(6)));
                }
            }
        }
        return result;
    }
}
