package co.presencia.coverage;

import co.presencia.spatial.MunicipalAdjacency;
import co.presencia.territory.DivipolaCode;
import co.presencia.territory.Municipality;
import co.presencia.territory.ReferenceCatalog;
import co.presencia.territory.Territory;
import co.presencia.territory.TerritoryGroup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where a program did not reach: the territories of a group with no reached municipality (with their population),
 * and the unreached municipalities of the group that border a reached municipality (the natural next step).
 */
public final class Gaps {

    private Gaps() {
    }

    public record Report(String group, String groupName, int year, int territoriesUnreached, int territories,
                         List<UnreachedTerritory> unreachedTerritories, List<BorderingMunicipality> borderingReached) {
    }

    public record UnreachedTerritory(String id, String name, int municipalities, long population) {
    }

    public record BorderingMunicipality(String code, String name, String departmentName, Long population,
                                        List<String> reachedNeighbours) {
    }

    public static Report of(CoverageCounts counts, ReferenceCatalog catalog, TerritoryGroup group, MunicipalAdjacency<DivipolaCode> adjacency) {
        int year = counts.vintage().year();
        List<UnreachedTerritory> unreached = new ArrayList<>();
        int territoriesInForce = 0;
        for (Territory t : group.territories()) {
            CoverageCounts.Ratio reach = counts.reachedAmong(t.municipalities());
            if (reach.of() == 0) {
                continue;
            }
            territoriesInForce++;
            if (reach.count() == 0) {
                long population = t.municipalities().stream().filter(counts.vintage()::contains)
                        .mapToLong(c -> catalog.municipality(c).flatMap(m -> m.populationIn(year)).orElse(0L)).sum();
                unreached.add(new UnreachedTerritory(t.id(), t.name(), reach.of(), population));
            }
        }
        unreached.sort(Comparator.comparingLong(UnreachedTerritory::population).reversed().thenComparing(UnreachedTerritory::id));
        List<BorderingMunicipality> bordering = new ArrayList<>();
        for (DivipolaCode code : group.municipalities()) {
            if (!counts.vintage().contains(code) || counts.reached(code)) {
                continue;
            }
            List<String> reachedNeighbours = adjacency.neighbours(code).stream()
                    .filter(n -> counts.vintage().contains(n) && counts.reached(n)).map(DivipolaCode::value).toList();
            if (!reachedNeighbours.isEmpty()) {
                Municipality m = catalog.municipality(code).orElseThrow();
                bordering.add(new BorderingMunicipality(code.value(), m.name(), m.department().name(),
                        m.populationIn(year).orElse(null), reachedNeighbours));
            }
        }
        bordering.sort(Comparator.comparing((BorderingMunicipality b) -> b.population() == null ? 0L : -b.population())
                .thenComparing(BorderingMunicipality::code));
        return new Report(group.id(), group.name(), year, unreached.size(), territoriesInForce, unreached, bordering);
    }
}
