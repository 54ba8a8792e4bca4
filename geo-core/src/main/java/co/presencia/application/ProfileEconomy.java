package co.presencia.application;

import co.presencia.application.Profile.Breakdown;
import co.presencia.application.Profile.EconomicProfile;
import co.presencia.application.Profile.ValueAddedView;
import co.presencia.coverage.CoverageCounts;
import co.presencia.coverage.CoverageSelection;
import co.presencia.coverage.EconomicWeight;
import co.presencia.coverage.SectorBreakdown;
import co.presencia.coverage.SectorCounts;
import co.presencia.economy.EconomicContext;
import co.presencia.economy.FigureYear;
import co.presencia.economy.MunicipalValueAddedTable;
import co.presencia.economy.ValueAdded;
import co.presencia.sector.CiiuLevel;
import co.presencia.territory.DepartmentCode;
import co.presencia.territory.DivipolaCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.function.Supplier;

/**
 * The economic side of a profile: the CIIU sections present in the territory, its value added (DANE's municipal
 * series, latest year; a department's is the sum of its units') with its structure, its share of the selection's
 * beneficiaries beside its share of national value added, and its department's branches with both location
 * quotients ({@link EconomicWeight}).
 */
final class ProfileEconomy {

    private final CoverageQueries coverage;
    private final EconomicCoverage economicCoverage;
    private final Supplier<Sectors> sectors;
    private final Supplier<Economy> economy;

    ProfileEconomy(CoverageQueries coverage, EconomicCoverage economicCoverage, Supplier<Sectors> sectors, Supplier<Economy> economy) {
        this.coverage = coverage;
        this.economicCoverage = economicCoverage;
        this.sectors = sectors;
        this.economy = economy;
    }

    /** The CIIU sections with records in the territory, most beneficiaries first. */
    List<Breakdown> sections(Profiles.Target target, CoverageSelection inDepartment) {
        SectorBreakdown breakdown = sectors.get().figureBreakdown("level", CiiuLevel.SECTION.id());
        SectorCounts counts = coverage.sectorCounts(inDepartment, breakdown);
        List<Breakdown> rows = new ArrayList<>();
        if (target.municipality() == null) {
            for (int s = 0; s < counts.sectors(); s++) {
                if (counts.interventions(s) > 0) {
                    rows.add(new Breakdown(breakdown.sectors().get(s).id(), breakdown.sectors().get(s).name(),
                            counts.beneficiaries(s), counts.interventions(s)));
                }
            }
        } else {
            counts.pairs().stream().filter(p -> p.sector() < counts.sectors() && p.municipality().code().equals(target.municipality()))
                    .forEach(p -> rows.add(new Breakdown(breakdown.sectors().get(p.sector()).id(),
                            breakdown.sectors().get(p.sector()).name(), p.beneficiaries(), p.interventions())));
        }
        rows.sort(Comparator.comparingInt(Breakdown::beneficiaries).reversed().thenComparing(Breakdown::id));
        return List.copyOf(rows);
    }

    /** The territory's economy beside its presence, under the national selection. */
    EconomicProfile of(Profiles.Target target, SortedSet<DivipolaCode> units, CoverageSelection national,
                       CoverageCounts nationalCounts, int territoryBeneficiaries) {
        MunicipalValueAddedTable table = economy.get().context().municipal();
        FigureYear latest = Collections.max(table.years());
        ValueAddedView valueAdded = valueAdded(table, latest, target, units);
        Double beneficiaryShare = nationalCounts.beneficiaries() == 0 ? null
                : (double) territoryBeneficiaries / nationalCounts.beneficiaries();
        Double presenceRatio = beneficiaryShare == null || valueAdded.shareOfNation() == null || valueAdded.shareOfNation() == 0
                ? null : beneficiaryShare / valueAdded.shareOfNation();
        EconomicWeight.Report report = economicCoverage.weight(national, null).report();
        EconomicWeight.DepartmentWeight department = report.departments().stream()
                .filter(d -> d.code().equals(target.department().value())).findFirst().orElse(null);
        return new EconomicProfile(valueAdded, beneficiaryShare, presenceRatio, report.economyYearLabel(), report.source(), department,
                department == null ? List.of() : department.branches());
    }

    private static ValueAddedView valueAdded(MunicipalValueAddedTable table, FigureYear year, Profiles.Target target,
                                             SortedSet<DivipolaCode> units) {
        double total = 0;
        double primary = 0;
        double secondary = 0;
        double tertiary = 0;
        int withData = 0;
        for (DivipolaCode code : units) {
            var value = table.of(code).flatMap(list -> list.stream().filter(v -> v.year().year() == year.year()).findFirst());
            if (value.isPresent() && value.get().hasStructure()) {
                ValueAdded v = value.get();
                withData++;
                total += v.total();
                primary += v.primary();
                secondary += v.secondary();
                tertiary += v.tertiary();
            }
        }
        String source = EconomicContext.municipalSource(year);
        if (withData == 0) {
            return new ValueAddedView(year.label(), year.status().label(), source, null, null, null, null, null, null, 0, units.size());
        }
        double department = table.departmentTotal(new DepartmentCode(target.department().value()), year.year());
        double nation = table.nationalTotal(year.year());
        return new ValueAddedView(year.label(), year.status().label(), source, total, department == 0 ? null : total / department,
                nation == 0 ? null : total / nation, primary / total, secondary / total, tertiary / total, withData, units.size());
    }
}
