package co.presencia.application;

import co.presencia.economy.DepartmentalEconomy;
import co.presencia.economy.EconomicContext;
import co.presencia.economy.FigureYear;
import co.presencia.economy.MunicipalEconomy;
import co.presencia.error.InvalidParameterException;
import co.presencia.error.NotFoundException;
import co.presencia.territory.DepartmentCode;
import co.presencia.territory.DivipolaCode;
import co.presencia.territory.Municipality;
import co.presencia.territory.ReportingYear;
import java.util.Collections;
import java.util.List;

/**
 * The economic context as the adapters see it: DANE's municipal value added and departmental GDP, with lookups that
 * raise the domain's errors. A malformed code or year, or a year DANE's tables do not cover, is an invalid parameter
 * naming the years there are; a unit that does not exist, or for which DANE publishes no value added (94663
 * Mapiripana, merged; 27493 Nuevo Belén de Bajirá, created after the series), is not found, saying why.
 */
public final class Economy {

    private final EconomicContext context;
    private final ReferenceTerritory territory;

    Economy(EconomicContext context, ReferenceTerritory territory) {
        this.context = context;
        this.territory = territory;
    }

    public EconomicContext context() {
        return context;
    }

    /** The municipality's value added, every year DANE's table has (or only {@code year} when not null). */
    public MunicipalEconomy municipality(String code, String year) {
        Municipality municipality = territory.municipality(DivipolaCode.parse(code));
        MunicipalEconomy economy = context.municipality(municipality.code())
                .orElseThrow(() -> noValueAdded(municipality));
        if (year == null || year.isBlank()) {
            return economy;
        }
        int wanted = available("year", year, context.municipal().years()).year();
        return new MunicipalEconomy(economy.code(), economy.years().stream()
                .filter(y -> y.valueAdded().year().year() == wanted).toList());
    }

    /** Every department's GDP by branch in {@code year} (the latest when null or blank). */
    public DepartmentalEconomy departments(String year) {
        List<FigureYear> years = context.departmental().years();
        int wanted = year == null || year.isBlank() ? Collections.max(years).year()
                : available("year", year, years).year();
        return context.departments(wanted).orElseThrow();
    }

    /**
     * The departmental accounts compared with a selection of {@code reportingYear}: the year {@code requested} names
     * (an invalid parameter {@code parameter} when DANE has no such year), else the reporting year when DANE has it,
     * else the latest year before it (the earliest when the reporting year precedes the series).
     */
    public DepartmentalEconomy departmentsFor(String parameter, String requested, int reportingYear) {
        List<FigureYear> years = context.departmental().years();
        if (requested != null && !requested.isBlank()) {
            return context.departments(available(parameter, requested, years).year()).orElseThrow();
        }
        int chosen = years.stream().mapToInt(FigureYear::year).filter(y -> y <= reportingYear).max()
                .orElse(Collections.min(years).year());
        return context.departments(chosen).orElseThrow();
    }

    /** Every municipality's value added in {@code year} (the latest when null or blank), in code order. */
    public List<MunicipalEconomy> municipalities(String year) {
        List<FigureYear> years = context.municipal().years();
        int wanted = year == null || year.isBlank() ? Collections.max(years).year() : available("year", year, years).year();
        List<MunicipalEconomy> out = new java.util.ArrayList<>();
        for (var code : context.municipal().units().keySet()) {
            List<MunicipalEconomy.Year> inYear = context.municipality(code).orElseThrow().years().stream()
                    .filter(y -> y.valueAdded().year().year() == wanted).toList();
            if (!inYear.isEmpty()) {
                out.add(new MunicipalEconomy(code, inYear));
            }
        }
        return out;
    }

    /** The department a {@code department} parameter names; it must be one of the reference territory's. */
    public DepartmentCode department(String code) {
        DepartmentCode department = DepartmentCode.parse(code);
        territory.department(department);
        return department;
    }

    private static FigureYear available(String parameter, String text, List<FigureYear> years) {
        int value = ReportingYear.parse(parameter, text).value();
        return years.stream().filter(y -> y.year() == value).findFirst().orElseThrow(() -> new InvalidParameterException(
                parameter, "economy.year.unavailable", String.valueOf(value), Collections.min(years).label(),
                Collections.max(years).label()));
    }

    private NotFoundException noValueAdded(Municipality municipality) {
        Municipality.Lifespan lifespan = municipality.lifespan();
        String last = Collections.max(context.municipal().years()).label();
        if (lifespan.lastYear() != null && lifespan.successor() != null) {
            return new NotFoundException("economy.municipality.merged", municipality.code().value(), municipality.name(),
                    lifespan.successor().value(), last);
        }
        if (lifespan.firstYear() != null) {
            return new NotFoundException("economy.municipality.tooNew", municipality.code().value(), municipality.name(),
                    String.valueOf(lifespan.firstYear()), last);
        }
        return new NotFoundException("economy.municipality.noData", municipality.code().value(), municipality.name(), last);
    }
}
