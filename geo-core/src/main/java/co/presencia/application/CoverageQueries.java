package co.presencia.application;

import co.presencia.coverage.CoverageCounts;
import co.presencia.coverage.CoverageFigures.DepartmentRow;
import co.presencia.coverage.CoverageFigures.GroupReach;
import co.presencia.coverage.CoverageFigures.Headline;
import co.presencia.coverage.CoverageFigures.MunicipalityRow;
import co.presencia.coverage.CoverageFigures.TerritoryRow;
import co.presencia.coverage.CoverageFigures;
import co.presencia.coverage.CoverageSelection;
import co.presencia.coverage.Gaps;
import co.presencia.coverage.SectorBreakdown;
import co.presencia.coverage.SectorCounts;
import co.presencia.coverage.SectorFigures;
import co.presencia.coverage.TerritorialSummary;
import co.presencia.coverage.YearOverYear;
import co.presencia.territory.ReportingYear;
import co.presencia.territory.TerritoryGroup;
import java.util.List;
import java.util.Set;

/**
 * The coverage figures of DOMAIN.md §3 for a selection: each use case answers domain records, which the JSON API,
 * the downloads, the OGC collections, the static maps and the command line only translate. Counts and headlines
 * come from the one cache of {@link Datasets}.
 */
public final class CoverageQueries {

    private final Datasets datasets;
    private final ReferenceTerritory territory;

    CoverageQueries(Datasets datasets, ReferenceTerritory territory) {
        this.datasets = datasets;
        this.territory = territory;
    }

    /** A table of figures with what it was computed over. */
    public record Table<R>(CoverageContext context, CoverageCounts counts, List<R> rows) {
    }

    public CoverageCounts counts(CoverageSelection selection) {
        return datasets.counts(selection, null);
    }

    public CoverageContext context(CoverageSelection selection) {
        return CoverageContext.of(selection, counts(selection));
    }

    public Headline headline(CoverageSelection selection) {
        return datasets.remember(selection, "headline", () -> CoverageFigures.headline(counts(selection), territory.catalog()));
    }

    /** Beneficiaries by department, ranked; only the filter's departments when it names some (CoverageFigures applies it). */
    public Table<DepartmentRow> departments(CoverageSelection selection) {
        CoverageCounts counts = counts(selection);
        List<DepartmentRow> rows = CoverageFigures.departments(counts, territory.catalog());
        return new Table<>(CoverageContext.of(selection, counts), counts, rows);
    }

    /** Every unit in force (or only the reached ones), ranked; only the filter's departments when it names some. */
    public Table<MunicipalityRow> municipalities(CoverageSelection selection, boolean reachedOnly) {
        CoverageCounts counts = counts(selection);
        List<MunicipalityRow> rows = CoverageFigures.municipalities(counts, territory.catalog());
        if (reachedOnly) {
            rows = rows.stream().filter(MunicipalityRow::reached).toList();
        }
        return new Table<>(CoverageContext.of(selection, counts), counts, rows);
    }

    /** Coverage by sector: every sector of a breakdown with its figures, and what no sector holds. */
    public record SectorTable(CoverageContext context, SectorBreakdown breakdown, SectorCounts counts,
                              List<SectorFigures.SectorRow> rows, SectorFigures.Outside outside) {
    }

    /** The sector counts of a selection, computed once while recent. */
    public SectorCounts sectorCounts(CoverageSelection selection, SectorBreakdown breakdown) {
        return datasets.remember(selection, "sectors:" + breakdown.id(),
                () -> selection.index().countBySector(selection.filter(), selection.reportingYear(), breakdown));
    }

    public SectorTable sectors(CoverageSelection selection, SectorBreakdown breakdown) {
        SectorCounts counts = sectorCounts(selection, breakdown);
        return new SectorTable(context(selection), breakdown, counts, SectorFigures.sectors(counts), SectorFigures.outside(counts));
    }

    /** The sector × department pairs with records. */
    public List<SectorFigures.SectorDepartmentRow> sectorsByDepartment(CoverageSelection selection, SectorBreakdown breakdown) {
        return SectorFigures.byDepartment(sectorCounts(selection, breakdown), territory.catalog());
    }

    /** The sector × unit pairs with records. */
    public List<SectorFigures.SectorMunicipalityRow> sectorsByMunicipality(CoverageSelection selection, SectorBreakdown breakdown) {
        return SectorFigures.byMunicipality(sectorCounts(selection, breakdown));
    }

    /** The territories of a group: x of N reached, and per territory its figures. */
    public record GroupTable(CoverageContext context, GroupReach group, List<TerritoryRow> rows) {
    }

    public GroupTable group(CoverageSelection selection, TerritoryGroup group) {
        CoverageCounts counts = datasets.counts(selection, group);
        return new GroupTable(CoverageContext.of(selection, counts), CoverageFigures.groupReach(counts, group),
                CoverageFigures.territories(counts, territory.catalog()));
    }

    /** Unreached territories of a group and unreached municipalities bordering reached ones. */
    public record GapTable(CoverageContext context, Gaps.Report report) {
    }

    public GapTable gaps(CoverageSelection selection, TerritoryGroup group) {
        CoverageCounts counts = counts(selection);
        return new GapTable(CoverageContext.of(selection, counts),
                datasets.remember(selection, "gaps:" + group.id(),
                        () -> Gaps.of(counts, territory.catalog(), group, territory.adjacency())));
    }

    /** The headline of the selection in year {@code from} and in year {@code to}, and the change. */
    public record Comparison(CoverageContext context, YearOverYear yearOverYear) {
    }

    public Comparison yearOverYear(CoverageSelection selection, int from, int to) {
        CoverageSelection before = forYear(selection, ReportingYear.of("from", from));
        CoverageSelection after = forYear(selection, ReportingYear.of("to", to));
        return new Comparison(context(after), YearOverYear.of(headline(before), headline(after)));
    }

    public TerritorialSummary.Summary summary(CoverageSelection selection, TerritorialSummary.Language language) {
        return datasets.remember(selection, "summary:" + language, () -> TerritorialSummary.write(selection.index(),
                selection.filter(), selection.reportingYear(), selection.dataset().name(), language));
    }

    private static CoverageSelection forYear(CoverageSelection selection, ReportingYear year) {
        return selection.withFilter(selection.filter().withYears(Set.of(year.value())));
    }
}
