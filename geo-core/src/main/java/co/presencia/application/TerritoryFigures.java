package co.presencia.application;

import co.presencia.coverage.CoverageCounts;
import co.presencia.coverage.CoverageCounts.Ratio;
import co.presencia.coverage.CoverageFigures;
import co.presencia.coverage.CoverageFigures.Denominator;
import co.presencia.coverage.CoverageFigures.GroupReach;
import co.presencia.coverage.CoverageFigures.Headline;
import co.presencia.coverage.CoverageFigures.Reach;
import co.presencia.coverage.CoverageFigures.Share;
import co.presencia.territory.DivipolaCode;
import co.presencia.territory.GroupKind;
import co.presencia.territory.ReferenceCatalog;
import co.presencia.territory.Territory;
import co.presencia.territory.TerritoryGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The headline figures of one territory (a department or a municipality) over its own denominators: every "x of N"
 * counts only the territory's units in force, so Nariño reads "x of 64 municipalities" and its PDET figure is over
 * Nariño's PDET municipalities. Same record as the national headline ({@link CoverageFigures#headline}), so the two
 * sit side by side. Reach and focus come from {@link CoverageCounts}; the totals (distinct beneficiaries,
 * interventions, mipyme share, concentration) are given, because they depend on the counts the caller made.
 */
final class TerritoryFigures {

    /**
     * What the caller counted for the territory: distinct beneficiaries and interventions in it, whether its
     * department was reached, the top-10 concentration and the mipyme share (null where the territory has none).
     */
    record Totals(int beneficiaries, int interventions, boolean departmentReached, Share concentration, Share mipyme) {
    }

    private TerritoryFigures() {
    }

    /**
     * @param counts the counts to read reach from (any counts whose filter keeps the territory's records)
     * @param units  the territory's units in force in the counts' year
     * @param name   the territory's name, for the denominator's description
     */
    static Headline headline(CoverageCounts counts, ReferenceCatalog catalog, SortedSet<DivipolaCode> units, String name,
                             Totals totals) {
        int year = counts.vintage().year();
        Reach municipalities = reach(counts.reachedAmong(units));
        Reach departments = new Reach(totals.departmentReached() ? 1 : 0, 1, totals.departmentReached() ? 1.0 : 0.0);
        List<GroupReach> groups = new ArrayList<>();
        for (TerritoryGroup group : catalog.groups()) {
            groups.add(groupReach(counts, group, units, totals.interventions()));
        }
        TerritoryGroup pdet = catalog.group("pdet").orElse(null);
        TerritoryGroup zomac = catalog.group("zomac").orElse(null);
        TerritoryGroup band = catalog.groups().stream().filter(g -> g.kind() == GroupKind.POPULATION_BAND).findFirst().orElse(null);
        return new Headline(year, new Denominator(units.size(), year, describe(units.size(), name, year)),
                totals.beneficiaries(), totals.interventions(), municipalities, departments,
                pdet == null ? null : reach(counts.reachedAmong(within(pdet.municipalities(), units))),
                pdet == null ? null : territoriesReached(counts, pdet, units),
                zomac == null ? null : reach(counts.reachedAmong(within(zomac.municipalities(), units))),
                band == null ? null : reach(counts.reachedAmong(within(band.municipalities(), units))),
                band == null ? null : band.id(),
                groups, totals.concentration(), totals.mipyme());
    }

    /** A group within the territory: its territories that have units here, its units here, and the focus share. */
    static GroupReach groupReach(CoverageCounts counts, TerritoryGroup group, Set<DivipolaCode> units, int interventions) {
        SortedSet<DivipolaCode> members = within(group.municipalities(), units);
        int inside = counts.interventionsAmong(members).count();
        return new GroupReach(group.id(), group.name(), group.kind().name(), territoriesReached(counts, group, units),
                reach(counts.reachedAmong(members)),
                new Share(inside, interventions, interventions == 0 ? null : (double) inside / interventions));
    }

    /** The group's territories with a unit in the territory, and how many of them have a reached unit there. */
    static Reach territoriesReached(CoverageCounts counts, TerritoryGroup group, Set<DivipolaCode> units) {
        int reached = 0;
        int of = 0;
        for (Territory t : group.territories()) {
            Ratio r = counts.reachedAmong(within(t.municipalities(), units));
            if (r.of() > 0) {
                of++;
                if (r.count() > 0) {
                    reached++;
                }
            }
        }
        return new Reach(reached, of, of == 0 ? null : (double) reached / of);
    }

    static SortedSet<DivipolaCode> within(Set<DivipolaCode> codes, Set<DivipolaCode> units) {
        SortedSet<DivipolaCode> inside = new TreeSet<>(codes);
        inside.retainAll(units);
        return inside;
    }

    static Reach reach(Ratio ratio) {
        return new Reach(ratio.count(), ratio.of(), ratio.share());
    }

    static Share share(Ratio ratio) {
        return new Share(ratio.count(), ratio.of(), ratio.share());
    }

    /** "64 municipios de Nariño vigentes en 2023", "1 municipio (San Andrés de Tumaco) vigente en 2023". */
    private static String describe(int units, String name, int year) {
        return units == 1
                ? "1 municipio (" + name + ") vigente en " + year
                : units + " municipios y áreas no municipalizadas de " + name + " vigentes en " + year;
    }
}
