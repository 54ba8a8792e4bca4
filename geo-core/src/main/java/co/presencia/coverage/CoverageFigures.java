package co.presencia.coverage;

import co.presencia.coverage.CoverageCounts.Ratio;
import co.presencia.territory.DepartmentBoundary;
import co.presencia.territory.DepartmentCode;
import co.presencia.territory.DivipolaCode;
import co.presencia.territory.GroupKind;
import co.presencia.territory.Municipality;
import co.presencia.territory.ReferenceCatalog;
import co.presencia.territory.Territory;
import co.presencia.territory.TerritoryGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures of DOMAIN.md §3, derived from {@link CoverageCounts}. Shares are fractions (0–1), rounded only when
 * written for people. Every figure over municipalities names its denominator: the units in force in the reporting
 * year.
 */
public final class CoverageFigures {

    /** "The top 10 municipalities hold 39.5 %". */
    public static final int DEFAULT_TOP = 10;

    private CoverageFigures() {
    }

    /** Headline figures: the numbers of the report's territorial paragraph. */
    public record Headline(
            int year,
            Denominator denominator,
            int beneficiaries,
            int interventions,
            Reach municipalities,
            Reach departments,
            Reach pdetMunicipalities,
            Reach pdetSubregions,
            Reach zomacMunicipalities,
            Reach populationBand,
            String populationBandGroup,
            List<GroupReach> groups,
            Share concentrationTop10,
            Share mipyme) {
    }

    public record Denominator(int units, int vintageYear, String description) {
    }

    /** x of N, with the share. */
    public record Reach(int reached, int of, Double share) {
        static Reach of(Ratio ratio) {
            return new Reach(ratio.count(), ratio.of(), ratio.share());
        }
    }

    public record Share(int count, int of, Double share) {
        static Share of(Ratio ratio) {
            return new Share(ratio.count(), ratio.of(), ratio.share());
        }
    }

    /** A territory group: territories reached (x of N), municipalities reached, and the focus indicator. */
    public record GroupReach(String group, String name, String kind, Reach territories, Reach municipalities,
                             Share focusInterventions) {
    }

    public static Headline headline(CoverageCounts counts, ReferenceCatalog catalog) {
        int municipalitiesInForce = counts.vintage().size();
        Reach municipalities = new Reach(counts.municipalitiesReached(), municipalitiesInForce,
                municipalitiesInForce == 0 ? null : (double) counts.municipalitiesReached() / municipalitiesInForce);
        int departmentCount = catalog.departments().size();
        Reach departments = new Reach(counts.departmentsReached(), departmentCount,
                departmentCount == 0 ? null : (double) counts.departmentsReached() / departmentCount);
        List<GroupReach> groups = new ArrayList<>();
        for (TerritoryGroup group : catalog.groups()) {
            groups.add(groupReach(counts, group));
        }
        TerritoryGroup pdet = catalog.group("pdet").orElse(null);
        TerritoryGroup zomac = catalog.group("zomac").orElse(null);
        TerritoryGroup band = catalog.groups().stream().filter(g -> g.kind() == GroupKind.POPULATION_BAND).findFirst().orElse(null);
        return new Headline(counts.vintage().year(),
                new Denominator(municipalitiesInForce, counts.vintage().year(), counts.vintage().describe()),
                counts.beneficiaries(), counts.interventions(), municipalities, departments,
                pdet == null ? null : Reach.of(counts.reachedAmong(pdet)),
                pdet == null ? null : territoriesReached(counts, pdet),
                zomac == null ? null : Reach.of(counts.reachedAmong(zomac)),
                band == null ? null : Reach.of(counts.reachedAmong(band)),
                band == null ? null : band.id(),
                groups,
                Share.of(counts.concentration(DEFAULT_TOP)),
                Share.of(counts.mipymeShare()));
    }

    public static GroupReach groupReach(CoverageCounts counts, TerritoryGroup group) {
        return new GroupReach(group.id(), group.name(), group.kind().name(), territoriesReached(counts, group),
                Reach.of(counts.reachedAmong(group)),
                Share.of(counts.interventionsAmong(group)));
    }

    /** Territories with at least one reached municipality in force, over territories with a unit in force. */
    public static Reach territoriesReached(CoverageCounts counts, TerritoryGroup group) {
        int reached = 0;
        int of = 0;
        for (Territory territory : group.territories()) {
            Ratio r = counts.reachedAmong(territory.municipalities());
            if (r.of() > 0) {
                of++;
                if (r.count() > 0) {
                    reached++;
                }
            }
        }
        return new Reach(reached, of, of == 0 ? null : (double) reached / of);
    }

    /** One department's row: beneficiaries and their share of the national total, interventions, municipalities reached. */
    public record DepartmentRow(String code, String name, int beneficiaries, Double share, int interventions,
                                int municipalitiesReached, int municipalities, Long population) {
    }

    /**
     * The departments selected by the filter of {@code counts} (every department when it names none), ranked by
     * beneficiaries, then by code.
     */
    public static List<DepartmentRow> departments(CoverageCounts counts, ReferenceCatalog catalog) {
        // One pass over the units in force, adding each to its department (a pass per department cost 33 times more).
        Map<DepartmentCode, long[]> unitsReachedPopulation = new HashMap<>();
        for (DivipolaCode code : counts.vintage().municipalities()) {
            Municipality m = catalog.municipality(code).orElseThrow();
            long[] totals = unitsReachedPopulation.computeIfAbsent(m.department().code(), k -> new long[3]);
            totals[0]++;
            totals[1] += counts.reached(code) ? 1 : 0;
            totals[2] += m.populationIn(counts.vintage().year()).orElse(0L);
        }
        List<DepartmentRow> rows = new ArrayList<>();
        for (DepartmentBoundary d : catalog.departments()) {
            if (!selected(counts, d.department().code())) {
                continue;
            }
            long[] totals = unitsReachedPopulation.getOrDefault(d.department().code(), new long[3]);
            int beneficiaries = counts.beneficiariesIn(d.department().code());
            rows.add(new DepartmentRow(d.department().code().value(), d.department().name(), beneficiaries,
                    counts.beneficiaries() == 0 ? null : (double) beneficiaries / counts.beneficiaries(),
                    counts.interventionsIn(d.department().code()), (int) totals[1], (int) totals[0], totals[2]));
        }
        rows.sort((a, b) -> a.beneficiaries() != b.beneficiaries() ? Integer.compare(b.beneficiaries(), a.beneficiaries())
                : a.code().compareTo(b.code()));
        return rows;
    }

    /** One municipality's row. {@code per10k} is beneficiaries per 10,000 inhabitants in the reporting year. */
    public record MunicipalityRow(String code, String name, String departmentCode, String departmentName,
                                  int beneficiaries, Double share, int interventions, boolean reached, Long population,
                                  Double per10k, int rank) {
    }

    /**
     * Every unit in force (reached or not) of the departments selected by the filter of {@code counts} (all when it
     * names none), ranked by beneficiaries; the rank is the national one, 0 for units not reached.
     */
    public static List<MunicipalityRow> municipalities(CoverageCounts counts, ReferenceCatalog catalog) {
        List<MunicipalityRow> rows = new ArrayList<>();
        int rank = 0;
        Set<DivipolaCode> seen = new HashSet<>();
        for (Municipality m : counts.rankedMunicipalities()) {
            rank++;
            seen.add(m.code());
            if (selected(counts, m.department().code())) {
                rows.add(row(counts, m, rank));
            }
        }
        for (DivipolaCode code : counts.vintage().municipalities()) {
            Municipality m = catalog.municipality(code).orElseThrow();
            if (!seen.contains(code) && selected(counts, m.department().code())) {
                rows.add(row(counts, m, 0));
            }
        }
        return rows;
    }

    /** The one department filter of the tables: a filter naming departments keeps only their rows. */
    private static boolean selected(CoverageCounts counts, DepartmentCode department) {
        Set<DepartmentCode> wanted = counts.filter().departments();
        return wanted.isEmpty() || wanted.contains(department);
    }

    private static MunicipalityRow row(CoverageCounts counts, Municipality m, int rank) {
        int beneficiaries = counts.beneficiariesIn(m.code());
        Long population = m.populationIn(counts.vintage().year()).orElse(null);
        return new MunicipalityRow(m.code().value(), m.name(), m.department().code().value(), m.department().name(),
                beneficiaries, counts.beneficiaries() == 0 ? null : (double) beneficiaries / counts.beneficiaries(),
                counts.interventionsIn(m.code()), counts.reached(m.code()), population,
                population == null || population == 0 ? null : beneficiaries * 10_000.0 / population, rank);
    }

    /** One territory of a group: reached or not, municipalities reached, distinct beneficiaries, interventions. */
    public record TerritoryRow(String id, String name, boolean reached, int municipalitiesReached, int municipalities,
                               int beneficiaries, int interventions, Double interventionShare, long population) {
    }

    /** Rows of {@code counts.group()} (the counts must have been made for that group). */
    public static List<TerritoryRow> territories(CoverageCounts counts, ReferenceCatalog catalog) {
        TerritoryGroup group = counts.group();
        List<TerritoryRow> rows = new ArrayList<>();
        for (Territory t : group.territories()) {
            Ratio reach = counts.reachedAmong(t.municipalities());
            long population = t.municipalities().stream().filter(counts.vintage()::contains)
                    .mapToLong(c -> catalog.municipality(c).flatMap(m -> m.populationIn(counts.vintage().year())).orElse(0L)).sum();
            int interventions = counts.interventionsIn(t);
            rows.add(new TerritoryRow(t.id(), t.name(), reach.count() > 0, reach.count(), reach.of(),
                    counts.beneficiariesIn(t), interventions,
                    counts.interventions() == 0 ? null : (double) interventions / counts.interventions(), population));
        }
        return rows;
    }
}
