package co.presencia.application;

import co.presencia.coverage.CoverageCounts;
import co.presencia.coverage.CoverageSelection;
import co.presencia.coverage.EconomicGaps;
import co.presencia.coverage.EconomicWeight;
import co.presencia.coverage.SectorBreakdown;
import co.presencia.economy.DepartmentalEconomy;
import co.presencia.error.InvalidParameterException;
import java.util.function.Supplier;

/**
 * Coverage beside the economy (DOMAIN.md §5, docs/coverage.md): presence against economic weight per department and
 * branch, and the opportunity gaps (units not reached, ranked by value added). Each figure names DANE's source and
 * year, provisional years marked; the counts come from {@link CoverageQueries}, the economy from {@link Economy}.
 */
public final class EconomicCoverage {

    /** The parameter naming the year of the departmental accounts compared. */
    public static final String ECONOMY_YEAR = "economyYear";
    public static final String LIMIT = "limit";
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 2000;

    private final CoverageQueries coverage;
    private final ReferenceTerritory territory;
    private final Supplier<Sectors> sectors;
    private final Supplier<Economy> economy;
    private final Once<SectorBreakdown> branches;

    EconomicCoverage(CoverageQueries coverage, ReferenceTerritory territory, Supplier<Sectors> sectors, Supplier<Economy> economy) {
        this.coverage = coverage;
        this.territory = territory;
        this.sectors = sectors;
        this.economy = economy;
        this.branches = new Once<>(() -> EconomicWeight.branchBreakdown(sectors.get().classification()));
    }

    /** Presence against economic weight, with what it was computed over. */
    public record WeightTable(CoverageContext context, EconomicWeight.Report report) {
    }

    /**
     * Per department: its share of the selection's beneficiaries beside its share of national value added, and per
     * branch both location quotients; the accounts of {@code economyYear} (default: see {@link Economy#departmentsFor}).
     */
    public WeightTable weight(CoverageSelection selection, String economyYear) {
        DepartmentalEconomy accounts = economy.get().departmentsFor(ECONOMY_YEAR, economyYear, selection.reportingYear());
        CoverageCounts counts = coverage.counts(selection);
        return new WeightTable(CoverageContext.of(selection, counts), EconomicWeight.of(counts,
                coverage.sectorCounts(selection, branches.get()), accounts, territory.catalog()));
    }

    /** The breakdown by DANE's 12 branches (the ids of {@code /api/v1/economy/departments}). */
    public SectorBreakdown branches() {
        return branches.get();
    }

    /** Opportunity gaps, with what they were computed over. */
    public record GapTable(CoverageContext context, EconomicGaps.Report report) {
    }

    /** The units in force the selection did not reach, ranked by value added; at most {@code limit} (default 50). */
    public GapTable gaps(CoverageSelection selection, String limit) {
        int max = limit(limit);
        CoverageCounts counts = coverage.counts(selection);
        return new GapTable(CoverageContext.of(selection, counts),
                EconomicGaps.of(counts, territory.catalog(), economy.get().context().municipal(), max));
    }

    static int limit(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidParameterException(LIMIT, "parameter.oneOf", LIMIT, text, "1–" + MAX_LIMIT);
    }
}
