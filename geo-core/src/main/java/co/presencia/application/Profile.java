package co.presencia.application;

import co.presencia.coverage.CoverageFigures.Headline;
import co.presencia.coverage.CoverageFigures.MunicipalityRow;
import co.presencia.coverage.CoverageFigures.Reach;
import java.util.List;

/**
 * A department's or a municipality's coverage profile: its figures over <em>its own</em> denominators (Nariño in
 * 2023: "x of 64 municipalities", Nariño's PDET municipalities reached of Nariño's PDET municipalities), in the shape
 * of the national headline and beside it, with what a reader of the territory asks next.
 *
 * @param context        the dataset, the filter in force, the national denominator and the source line
 * @param territory      what the territory is: name, kind, population, groups, neighbours
 * @param headline       the territory's figures; every reach is over the territory's own units
 * @param national       the same figures for Colombia under the same selection
 * @param department     for a municipality, its department's figures (its context); null for a department
 * @param programs       programs present in the territory (the selection's, else all), most beneficiaries first
 * @param axes           axes present in the territory, most beneficiaries first
 * @param years          every year the dataset has, with the territory's figures under the same selection
 * @param unreached      a department's units in force not reached, most populous first (empty for a municipality)
 * @param municipalities the department's units in force with their figures (the profile's map and table)
 * @param sectors        CIIU sections present in the territory, most beneficiaries first
 * @param economy        the territory's value added beside its presence, and its department's branches
 */
public record Profile(CoverageContext context, TerritoryInfo territory, Headline headline, Headline national,
                      DepartmentContext department, List<Breakdown> programs, List<Breakdown> axes, List<YearFigures> years,
                      List<UnreachedUnit> unreached, List<MunicipalityRow> municipalities, List<Breakdown> sectors,
                      EconomicProfile economy) {

    /** A department or a municipality. */
    public enum Kind { DEPARTMENT, MUNICIPALITY }

    /**
     * What the territory is.
     *
     * @param kind           {@code department} or {@code municipality}
     * @param departmentCode the department of a municipality (the department itself for a department)
     * @param units          units in force in the reporting year (1 for a municipality)
     * @param population     DANE projection for the reporting year (the sum over the units for a department)
     * @param rurality       DNP rurality category of a municipality, null for a department
     */
    public record TerritoryInfo(String code, String name, String kind, String departmentCode, String departmentName,
                                int units, Long population, int populationYear, double areaKm2, String rurality,
                                List<Membership> groups, List<Neighbour> neighbours) {
    }

    /** The territories of one group the territory takes part in, with how many of its units each holds. */
    public record Membership(String group, String groupName, List<GroupPart> territories) {
    }

    public record GroupPart(String id, String name, int municipalities) {
    }

    /** A bordering department or municipality and whether the selection reached it. */
    public record Neighbour(String code, String name, String departmentName, boolean reached) {
    }

    /** A municipality's department, with its figures over its own denominators. */
    public record DepartmentContext(String code, String name, Headline headline) {
    }

    /** A program or an axis present in the territory. */
    public record Breakdown(String id, String name, int beneficiaries, int interventions) {
    }

    /** One year of the series: the territory's figures under the selection with that year. */
    public record YearFigures(int year, int beneficiaries, int interventions, Reach municipalities) {
    }

    /**
     * The territory's economy beside its presence.
     *
     * @param valueAdded       its value added (DANE's municipal series, latest year; a department's summed over its units)
     * @param beneficiaryShare its distinct beneficiaries over the nation's under the same selection
     * @param presenceRatio    beneficiaryShare ÷ its share of national value added (above 1: more presence than weight)
     * @param accountsYear     the year of the departmental accounts of {@code department} ("2023pr")
     * @param accountsSource   "DANE, PIB departamental por actividad económica 2023pr"
     * @param department       the department's value added and presence (a municipality's department)
     * @param branches           the department's 12 branches with both location quotients
     */
    public record EconomicProfile(ValueAddedView valueAdded, Double beneficiaryShare, Double presenceRatio, String accountsYear,
                                  String accountsSource, co.presencia.coverage.EconomicWeight.DepartmentWeight department,
                                  List<co.presencia.coverage.EconomicWeight.BranchWeight> branches) {
    }

    /**
     * Value added of the territory's units in one year of DANE's municipal series (thousand million current pesos).
     *
     * @param total        null when DANE publishes none for the territory (27493 Nuevo Belén de Bajirá)
     * @param unitsWithData how many of the territory's units in force have a value
     */
    public record ValueAddedView(String year, String status, String source, Double total, Double shareOfDepartment,
                                 Double shareOfNation, Double primaryShare, Double secondaryShare, Double tertiaryShare,
                                 int unitsWithData, int units) {
    }

    /** A unit of the department the selection did not reach. */
    public record UnreachedUnit(String code, String name, Long population, boolean pdet, boolean zomac) {
    }
}
