package co.presencia.application;

import co.presencia.application.Profile.GroupPart;
import co.presencia.application.Profile.Membership;
import co.presencia.application.Profile.Neighbour;
import co.presencia.application.Profile.TerritoryInfo;
import co.presencia.coverage.CoverageCounts;
import co.presencia.spatial.MunicipalAdjacency;
import co.presencia.territory.DepartmentBoundary;
import co.presencia.territory.DepartmentCode;
import co.presencia.territory.DivipolaCode;
import co.presencia.territory.Municipality;
import co.presencia.territory.ReferenceCatalog;
import co.presencia.territory.Territory;
import co.presencia.territory.TerritoryGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a profile says the territory is, beside its figures: population and area of its units in force, the
 * territories of every group it takes part in (PDET subregion, ZOMAC, rurality, Sistema de Ciudades, population
 * band, user groups), and its neighbours (bordering departments, or bordering municipalities in force) with whether
 * the selection reached them nationally.
 */
final class ProfileContext {

    private final ReferenceTerritory territory;

    ProfileContext(ReferenceTerritory territory) {
        this.territory = territory;
    }

    TerritoryInfo info(Profiles.Target target, SortedSet<DivipolaCode> units, CoverageCounts national, int year) {
        ReferenceCatalog catalog = territory.catalog();
        long population = 0;
        boolean anyPopulation = false;
        double area = 0;
        for (DivipolaCode code : units) {
            Municipality m = catalog.municipality(code).orElseThrow();
            area += m.areaKm2();
            if (m.populationIn(year).isPresent()) {
                population += m.populationIn(year).get();
                anyPopulation = true;
            }
        }
        String departmentName = catalog.department(target.department()).orElseThrow().department().name();
        boolean municipality = target.kind() == Profile.Kind.MUNICIPALITY;
        String rurality = null;
        if (municipality) {
            Municipality m = catalog.municipality(target.municipality()).orElseThrow();
            rurality = m.rurality() == null ? null : m.rurality().label();
        }
        return new TerritoryInfo(target.code(), target.name(), municipality ? "municipality" : "department",
                target.department().value(), departmentName, units.size(), anyPopulation ? population : null, year, area,
                rurality, memberships(units), municipality ? municipalNeighbours(target.municipality(), national)
                        : departmentNeighbours(target.department(), units, national));
    }

    /** Every group with a territory that holds some of the units, skipping the departments themselves. */
    private List<Membership> memberships(SortedSet<DivipolaCode> units) {
        List<Membership> memberships = new ArrayList<>();
        for (TerritoryGroup group : territory.catalog().groups()) {
            if (group.id().equals("departments")) {
                continue;
            }
            List<GroupPart> parts = new ArrayList<>();
            for (Territory t : group.territories()) {
                int inside = TerritoryFigures.within(t.municipalities(), units).size();
                if (inside > 0) {
                    parts.add(new GroupPart(t.id(), t.name(), inside));
                }
            }
            if (!parts.isEmpty()) {
                memberships.add(new Membership(group.id(), group.name(), List.copyOf(parts)));
            }
        }
        return List.copyOf(memberships);
    }

    private List<Neighbour> municipalNeighbours(DivipolaCode code, CoverageCounts national) {
        ReferenceCatalog catalog = territory.catalog();
        List<Neighbour> neighbours = new ArrayList<>();
        for (DivipolaCode n : territory.adjacency().neighbours(code)) {
            if (national.vintage().contains(n)) {
                Municipality m = catalog.municipality(n).orElseThrow();
                neighbours.add(new Neighbour(n.value(), m.name(), m.department().name(), national.reached(n)));
            }
        }
        return List.copyOf(neighbours);
    }

    private List<Neighbour> departmentNeighbours(DepartmentCode department, SortedSet<DivipolaCode> units, CoverageCounts national) {
        MunicipalAdjacency<DivipolaCode> adjacency = territory.adjacency();
        SortedSet<String> codes = new TreeSet<>();
        for (DivipolaCode code : units) {
            for (DivipolaCode n : adjacency.neighbours(code)) {
                if (!n.departmentCode().equals(department.value())) {
                    codes.add(n.departmentCode());
                }
            }
        }
        List<Neighbour> neighbours = new ArrayList<>();
        for (String code : codes) {
            DepartmentCode c = new DepartmentCode(code);
            territory.catalog().department(c).map(DepartmentBoundary::department).ifPresent(d ->
                    neighbours.add(new Neighbour(code, d.name(), null, national.interventionsIn(c) > 0)));
        }
        return List.copyOf(neighbours);
    }
}
