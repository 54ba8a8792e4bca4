package co.presencia.coverage;

import co.presencia.economy.EconomicContext;
import co.presencia.economy.FigureYear;
import co.presencia.economy.MunicipalValueAddedTable;
import co.presencia.economy.ValueAdded;
import co.presencia.territory.DivipolaCode;
import co.presencia.territory.Municipality;
import co.presencia.territory.ReferenceCatalog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Opportunity gaps (docs/coverage.md): the units in force in the reporting year that the selection did not reach,
 * ranked by their value added in the latest year of DANE's municipal series (largest first), with its structure and
 * the unit's population. Units DANE publishes no value added for (27493 Nuevo Belén de Bajirá, created after the
 * series) come last, without a value, never as zero. Restricted to the filter's departments when it names some.
 */
public final class EconomicGaps {

    private EconomicGaps() {
    }

    /**
     * @param year                    the reporting year (its units in force are the candidates)
     * @param valueAddedYear          the year of the value added ranked by, with DANE's mark ("2022p")
     * @param source                  "DANE, valor agregado municipal 2022p"
     * @param unitsInForce            candidate units (in force, in the filter's departments)
     * @param unreached               how many of them the selection did not reach
     * @param unreachedValueAdded     their value added, summed (units with a value)
     * @param unreachedValueAddedShare that sum over the value added of every candidate unit with a value
     * @param items                   the unreached units, ranked, at most the limit asked
     */
    public record Report(int year, String valueAddedYear, String source, int unitsInForce, int unreached,
                         double unreachedValueAdded, Double unreachedValueAddedShare, List<Gap> items) {
    }

    /**
     * An unreached unit.
     *
     * @param rank          1 = largest value added among the unreached
     * @param valueAdded    thousand million current pesos; null when DANE publishes none for the unit
     * @param shareOfNation its value added over the sum of every municipality's in that year
     * @param primaryShare  primary activities' share of its value added (secondary, tertiary likewise); null without data
     * @param population    DANE projection for the reporting year
     */
    public record Gap(int rank, String code, String name, String departmentCode, String departmentName, Double valueAdded,
                      Double shareOfNation, Double primaryShare, Double secondaryShare, Double tertiaryShare, Long population,
                      boolean pdet) {
    }

    public static Report of(CoverageCounts counts, ReferenceCatalog catalog, MunicipalValueAddedTable valueAdded, int limit) {
        int year = counts.vintage().year();
        FigureYear latest = Collections.max(valueAdded.years());
        double national = valueAdded.nationalTotal(latest.year());
        var pdet = catalog.group("pdet").map(g -> g.municipalities()).orElse(Collections.emptySortedSet());
        List<Gap> gaps = new ArrayList<>();
        int candidates = 0;
        double candidateValue = 0;
        double unreachedValue = 0;
        for (DivipolaCode code : counts.vintage().municipalities()) {
            if (!counts.filter().departments().isEmpty() && counts.filter().departments().stream()
                    .noneMatch(d -> d.value().equals(code.departmentCode()))) {
                continue;
            }
            candidates++;
            Optional<ValueAdded> value = valueAdded.of(code).flatMap(list -> list.stream()
                    .filter(v -> v.year().year() == latest.year()).findFirst());
            candidateValue += value.map(ValueAdded::total).orElse(0.0);
            if (counts.reached(code)) {
                continue;
            }
            unreachedValue += value.map(ValueAdded::total).orElse(0.0);
            Municipality m = catalog.municipality(code).orElseThrow();
            gaps.add(gap(m, value.orElse(null), national, m.populationIn(year).orElse(null), pdet.contains(code)));
        }
        gaps.sort(Comparator.comparing((Gap g) -> g.valueAdded() == null ? 1 : 0)
                .thenComparing(g -> g.valueAdded() == null ? 0.0 : -g.valueAdded())
                .thenComparing(Gap::code));
        List<Gap> ranked = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, gaps.size()); i++) {
            Gap g = gaps.get(i);
            ranked.add(new Gap(i + 1, g.code(), g.name(), g.departmentCode(), g.departmentName(), g.valueAdded(),
                    g.shareOfNation(), g.primaryShare(), g.secondaryShare(), g.tertiaryShare(), g.population(), g.pdet()));
        }
        return new Report(year, latest.label(), EconomicContext.municipalSource(latest), candidates, gaps.size(), unreachedValue,
                candidateValue == 0 ? null : unreachedValue / candidateValue, ranked);
    }

    private static Gap gap(Municipality m, ValueAdded v, double national, Long population, boolean pdet) {
        boolean split = v != null && v.hasStructure() && v.total() != 0;
        return new Gap(0, m.code().value(), m.name(), m.department().code().value(), m.department().name(),
                v == null ? null : v.total(), v == null || national == 0 ? null : v.total() / national,
                split ? v.primary() / v.total() : null, split ? v.secondary() / v.total() : null,
                split ? v.tertiary() / v.total() : null, population, pdet);
    }
}
