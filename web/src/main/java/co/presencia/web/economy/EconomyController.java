package co.presencia.web.economy;

import co.presencia.application.Economy;
import co.presencia.application.Presencia;
import co.presencia.application.ReferenceTerritory;
import co.presencia.economy.DepartmentalEconomy;
import co.presencia.economy.EconomicContext;
import co.presencia.economy.FigureYear;
import co.presencia.economy.MunicipalEconomy;
import co.presencia.economy.ValueAdded;
import co.presencia.territory.DepartmentCode;
import co.presencia.territory.DivipolaCode;
import co.presencia.territory.Municipality;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read API for the economic context beside coverage: DANE's municipal value added and departmental GDP. */
@RestController
@RequestMapping("/api/v1/economy")
@Tag(name = "Economy", description = "DANE's municipal value added (2021, 2022p) and departmental GDP by branch (2005–2023pr)")
public class EconomyController {

    /** DANE's unit for every value here. */
    static final String UNIT = "miles de millones de pesos corrientes";
    static final String UNIT_CONSTANT = "miles de millones de pesos constantes de 2015";

    private final Economy economy;
    private final ReferenceTerritory territory;

    public EconomyController(Presencia presencia) {
        this.economy = presencia.economy();
        this.territory = presencia.territory();
    }

    @GetMapping
    @Operation(summary = "Sources of the economic figures", description = "Each DANE table: years with their status (p provisional, pr preliminary), units with data, units without.")
    public Sources sources() {
        EconomicContext context = economy.context();
        List<FigureYear> municipalYears = context.municipal().years().stream().sorted().toList();
        Source municipal = new Source("municipal-value-added", "DANE, valor agregado municipal",
                "DANE, cuentas nacionales departamentales; copia de ProColombia (MinCIT), perfil_municipios",
                EconomicContext.MUNICIPAL_FILE, UNIT, labels(municipalYears), context.municipal().units().size(),
                context.municipal().withoutValues().stream().map(DivipolaCode::value).toList(),
                "Actividades primarias (agro, minas), secundarias (industria, construcción) y terciarias (el resto, "
                        + "incluidos electricidad, gas y agua) solo para " + municipalYears.get(municipalYears.size() - 1).label()
                        + ". 27493 no figura: se creó en diciembre de 2023.");
        Source departmental = new Source("departmental-gdp", "DANE, PIB departamental por actividad económica",
                "DANE, cuentas nacionales departamentales (base 2015); datos.gov.co kgyi-qc7j",
                EconomicContext.DEPARTMENTAL_FILE, UNIT + "; " + UNIT_CONSTANT, labels(context.departmental().years()),
                context.departmental().currentPrices(context.departmental().years().get(0).year()).size(), List.of(),
                "12 ramas agrupadas e impuestos, a precios corrientes y constantes de 2015.");
        return new Sources(List.of(municipal, departmental));
    }

    @GetMapping("/municipalities")
    @Operation(summary = "Every municipality's value added in one year", description = "year=2021|2022 (default the latest, 2022p): "
            + "per unit with DANE figures its total, primary/secondary/tertiary shares (fractions) and share of the nation; the "
            + "map's economic indicators. Example: /api/v1/economy/municipalities?year=2022")
    public MunicipalList municipalities(@RequestParam(required = false) String year) {
        List<MunicipalEconomy> all = economy.municipalities(year);
        MunicipalEconomy.Year first = all.get(0).latest();
        List<MunicipalItem> items = all.stream().map(e -> MunicipalItem.of(e.code(), e.latest())).toList();
        return new MunicipalList(first.valueAdded().year().year(), first.valueAdded().year().label(),
                first.valueAdded().year().status().label(), first.source(), UNIT, items.size(), items);
    }

    @GetMapping("/municipalities/{code}")
    @Operation(summary = "A municipality's value added", description = "Total and primary/secondary/tertiary structure by year, share of its department and of the nation (fractions). year= limits to one year (2021 or 2022). 404 for a unit without DANE figures (94663, 27493), 400 for a year outside the series. Example: /api/v1/economy/municipalities/05001")
    public MunicipalView municipality(@PathVariable String code, @RequestParam(required = false) String year) {
        MunicipalEconomy figures = economy.municipality(code, year);
        Municipality m = territory.municipality(figures.code());
        List<YearView> years = figures.years().stream().map(YearView::of).toList();
        MunicipalEconomy.Year latest = figures.latest();
        return new MunicipalView(m.code().value(), m.name(), new Named(m.department().code().value(), m.department().name()),
                UNIT, years, fraction(latest.shareOfDepartment()), fraction(latest.shareOfNation()),
                latest.valueAdded().year().year(), latest.source());
    }

    @GetMapping("/departments")
    @Operation(summary = "Departmental GDP by branch", description = "Value added and GDP with their shares of the nation, and each of the 12 branches with its share of the department and its location quotient (> 1: specialised), at current prices; constant 2015 prices and real growth beside. year= 2005–2023 (default the latest), department= one department. Example: /api/v1/economy/departments?year=2022")
    public DepartmentsView departments(@RequestParam(required = false) String year,
                                       @RequestParam(required = false) String department) {
        DepartmentalEconomy figures = economy.departments(year);
        DepartmentCode only = department == null || department.isBlank() ? null : economy.department(department);
        List<DepartmentView> items = figures.departments().stream().filter(d -> only == null || d.code().equals(only))
                .map(d -> DepartmentView.of(d, territory.catalog().department(d.code())
                        .map(b -> b.department().name()).orElse(d.code().value())))
                .toList();
        FigureYear y = figures.year();
        return new DepartmentsView(y.year(), y.label(), y.status().label(), figures.source(), UNIT,
                new National(amount(figures.valueAdded()), amount(figures.gdp())), items.size(), items);
    }

    private static List<String> labels(List<FigureYear> years) {
        return years.stream().map(FigureYear::label).toList();
    }

    static double amount(double thousandMillions) {
        return Math.round(thousandMillions * 1000.0) / 1000.0;
    }

    static Double fraction(Double fraction) {
        return fraction == null ? null : Math.round(fraction * 1e6) / 1e6;
    }

    public record Sources(List<Source> sources) {
    }

    public record Source(String id, String name, String publisher, String file, String unit, List<String> years, int units,
                         List<String> unitsWithoutValues, String note) {
    }

    public record Named(String code, String name) {
    }

    public record MunicipalView(String code, String name, Named department, String unit, List<YearView> valueAdded,
                                Double shareOfDepartment, Double shareOfNation, int shareYear, String source) {
    }

    public record MunicipalList(int year, String yearLabel, String status, String source, String unit, int count,
                                List<MunicipalItem> items) {
    }

    /** A unit's value added in the list's year: the total, its structure and its share of the nation (fractions). */
    public record MunicipalItem(String code, double total, Double primaryShare, Double secondaryShare, Double tertiaryShare,
                                double shareOfNation) {
        static MunicipalItem of(DivipolaCode code, MunicipalEconomy.Year y) {
            ValueAdded v = y.valueAdded();
            boolean split = v.hasStructure() && v.total() != 0;
            return new MunicipalItem(code.value(), amount(v.total()), split ? fraction(v.primary() / v.total()) : null,
                    split ? fraction(v.secondary() / v.total()) : null, split ? fraction(v.tertiary() / v.total()) : null,
                    fraction(y.shareOfNation()));
        }
    }

    /** One year of a municipality: values in thousand million pesos, shares as fractions. */
    public record YearView(int year, String yearLabel, String status, double total, Double primary, Double secondary,
                           Double tertiary, Double primaryShare, Double secondaryShare, Double tertiaryShare, String unit,
                           double shareOfDepartment, double shareOfNation, String source) {
        static YearView of(MunicipalEconomy.Year y) {
            ValueAdded v = y.valueAdded();
            boolean split = v.hasStructure();
            return new YearView(v.year().year(), v.year().label(), v.year().status().label(), amount(v.total()),
                    split ? amount(v.primary()) : null, split ? amount(v.secondary()) : null, split ? amount(v.tertiary()) : null,
                    split ? fraction(v.primary() / v.total()) : null, split ? fraction(v.secondary() / v.total()) : null,
                    split ? fraction(v.tertiary() / v.total()) : null, UNIT, fraction(y.shareOfDepartment()),
                    fraction(y.shareOfNation()), y.source());
        }
    }

    public record National(double valueAdded, double gdp) {
    }

    public record DepartmentsView(int year, String yearLabel, String status, String source, String unit, National national,
                                  int count, List<DepartmentView> items) {
    }

    public record DepartmentView(String code, String name, double valueAdded, double valueAddedShare, double gdp,
                                 double gdpShare, double taxes, List<BranchView> branches) {
        static DepartmentView of(DepartmentalEconomy.Department d, String name) {
            return new DepartmentView(d.code().value(), name, amount(d.valueAdded()), fraction(d.valueAddedShare()), amount(d.gdp()),
                    fraction(d.gdpShare()), amount(d.taxes()), d.branches().stream().map(BranchView::of).toList());
        }
    }

    /** A branch: value and share at current prices, location quotient, constant 2015 value and real growth. */
    public record BranchView(String id, String name, String sections, String tier, double value, double share,
                             Double locationQuotient, double constant2015, Double realGrowth) {
        static BranchView of(DepartmentalEconomy.Branch b) {
            return new BranchView(b.branch().id(), b.branch().daneName(), b.branch().sections(), b.branch().tier().id(),
                    amount(b.value()), fraction(b.share()), b.locationQuotient() == null ? null : Math.round(b.locationQuotient() * 1e4) / 1e4,
                    amount(b.constant2015()), fraction(b.realGrowth()));
        }
    }
}
