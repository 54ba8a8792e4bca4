package co.presencia.economy;

import co.presencia.territory.DepartmentCode;
import co.presencia.territory.DivipolaCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The economic context of the territory, from DANE: municipal value added ({@link MunicipalValueAddedTable}) and
 * departmental GDP by branch ({@link DepartmentalAccounts}), read once per process, and the figures derived from them:
 * shares of department and nation, branch structure, location quotients, real growth. Every figure names its source
 * and year. Immutable.
 */
public final class EconomicContext {

    /** Where the tables sit under the reference data folder ({@code shapefiles/}, filled by {@code scripts/setup-data}). */
    public static final String MUNICIPAL_FILE = "economy/va_municipal_dane_2021_2022/Valor_Agregado.txt";
    public static final String DEPARTMENTAL_FILE = "economy/pib_departamental_dane_2005_2023/gdp_departments_tbl_df.decoded.csv";

    private final MunicipalValueAddedTable municipal;
    private final DepartmentalAccounts departmental;

    public EconomicContext(MunicipalValueAddedTable municipal, DepartmentalAccounts departmental) {
        this.municipal = municipal;
        this.departmental = departmental;
    }

    public static EconomicContext load(Path dataDir) {
        Path municipalFile = dataDir.resolve(MUNICIPAL_FILE);
        Path departmentalFile = dataDir.resolve(DEPARTMENTAL_FILE);
        for (Path p : List.of(municipalFile, departmentalFile)) {
            if (!Files.isRegularFile(p)) {
                throw new IllegalStateException("Reference data missing: " + p + ". Run scripts/setup-data first.");
            }
        }
        return new EconomicContext(MunicipalValueAddedTable.read(municipalFile), DepartmentalAccounts.read(departmentalFile));
    }

    public MunicipalValueAddedTable municipal() {
        return municipal;
    }

    public DepartmentalAccounts departmental() {
        return departmental;
    }

    /** "DANE, valor agregado municipal 2022p". */
    public static String municipalSource(FigureYear year) {
        return "DANE, valor agregado municipal " + year.label();
    }

    /** "DANE, PIB departamental por actividad económica 2023pr". */
    public static String departmentalSource(FigureYear year) {
        return "DANE, PIB departamental por actividad económica " + year.label();
    }

    /** The municipality's value added by year with its shares; empty when DANE's table has no values for it. */
    public Optional<MunicipalEconomy> municipality(DivipolaCode code) {
        return municipal.of(code).map(values -> {
            DepartmentCode department = new DepartmentCode(code.departmentCode());
            List<MunicipalEconomy.Year> years = new ArrayList<>();
            for (ValueAdded v : values) {
                int y = v.year().year();
                years.add(new MunicipalEconomy.Year(v, v.total() / municipal.departmentTotal(department, y),
                        v.total() / municipal.nationalTotal(y), municipalSource(v.year())));
            }
            return new MunicipalEconomy(code, years);
        });
    }

    /** Every department's figures in {@code year}; empty when the table has no such year. */
    public Optional<DepartmentalEconomy> departments(int year) {
        Optional<FigureYear> figureYear = departmental.year(year);
        if (figureYear.isEmpty()) {
            return Optional.empty();
        }
        SortedMap<DepartmentCode, DepartmentalAccounts.Values> current = departmental.currentPrices(year);
        SortedMap<DepartmentCode, DepartmentalAccounts.Values> constant = departmental.constantPrices(year);
        SortedMap<DepartmentCode, DepartmentalAccounts.Values> constantBefore = departmental.constantPrices(year - 1);
        double nationalValueAdded = current.values().stream().mapToDouble(DepartmentalAccounts.Values::valueAdded).sum();
        double nationalGdp = current.values().stream().mapToDouble(DepartmentalAccounts.Values::gdp).sum();
        Map<EconomicBranch, Double> nationalBranches = new java.util.EnumMap<>(EconomicBranch.class);
        current.values().forEach(v -> v.branches().forEach((b, x) -> nationalBranches.merge(b, x, Double::sum)));
        List<DepartmentalEconomy.Department> departments = new ArrayList<>();
        current.forEach((code, values) -> {
            double valueAdded = values.valueAdded();
            List<DepartmentalEconomy.Branch> branches = new ArrayList<>();
            for (EconomicBranch branch : EconomicBranch.values()) {
                double value = values.branches().get(branch);
                double share = value / valueAdded;
                double nationalShare = nationalBranches.get(branch) / nationalValueAdded;
                double real = constant.get(code).branches().get(branch);
                DepartmentalAccounts.Values before = constantBefore.get(code);
                Double growth = before == null || before.branches().get(branch) == 0 ? null
                        : real / before.branches().get(branch) - 1;
                branches.add(new DepartmentalEconomy.Branch(branch, value, share,
                        nationalShare == 0 ? null : share / nationalShare, real, growth));
            }
            departments.add(new DepartmentalEconomy.Department(code, valueAdded, valueAdded / nationalValueAdded,
                    values.gdp(), values.gdp() / nationalGdp, values.taxes(), branches));
        });
        return Optional.of(new DepartmentalEconomy(figureYear.get(), departmentalSource(figureYear.get()),
                nationalValueAdded, nationalGdp, departments));
    }
}
