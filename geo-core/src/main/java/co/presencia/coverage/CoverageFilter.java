package co.presencia.coverage;

import co.presencia.intervention.Axis;
import co.presencia.intervention.CompanySize;
import co.presencia.territory.DepartmentCode;
import co.presencia.text.NameKey;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which interventions a figure counts. An empty set means "all". Programs are compared by {@link NameKey}.
 *
 * @param years       reporting years; the latest one fixes the territorial vintage (the denominator)
 * @param axes        axes or strategies
 * @param programs    programs or instruments, as written (matched accent- and case-insensitively)
 * @param sizes       company sizes
 * @param departments departments where the intervention took place
 * @param sector      the economic sector(s) of the records (CIIU); null for all, records without a code included
 */
public record CoverageFilter(SortedSet<Integer> years, Set<Axis> axes, Set<String> programs, Set<CompanySize> sizes,
                             Set<DepartmentCode> departments, SectorFilter sector) {

    public static final CoverageFilter ALL = new CoverageFilter(new TreeSet<>(), Set.of(), Set.of(), Set.of(), Set.of());

    public CoverageFilter {
        years = Collections.unmodifiableSortedSet(new TreeSet<>(years));
        axes = axes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(axes));
        programs = programs.stream().map(String::strip).filter(p -> !p.isEmpty()).collect(Collectors.toUnmodifiableSet());
        sizes = sizes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(sizes));
        departments = Set.copyOf(departments);
    }

    /** A filter of every sector. */
    public CoverageFilter(SortedSet<Integer> years, Set<Axis> axes, Set<String> programs, Set<CompanySize> sizes,
                          Set<DepartmentCode> departments) {
        this(years, axes, programs, sizes, departments, null);
    }

    public static CoverageFilter ofYear(int year) {
        return ALL.withYears(Set.of(year));
    }

    public CoverageFilter withYears(Set<Integer> newYears) {
        return new CoverageFilter(new TreeSet<>(newYears), axes, programs, sizes, departments, sector);
    }

    public CoverageFilter withAxes(Set<Axis> newAxes) {
        return new CoverageFilter(years, newAxes, programs, sizes, departments, sector);
    }

    public CoverageFilter withPrograms(Set<String> newPrograms) {
        return new CoverageFilter(years, axes, newPrograms, sizes, departments, sector);
    }

    public CoverageFilter withSizes(Set<CompanySize> newSizes) {
        return new CoverageFilter(years, axes, programs, newSizes, departments, sector);
    }

    public CoverageFilter withDepartments(Set<DepartmentCode> newDepartments) {
        return new CoverageFilter(years, axes, programs, sizes, newDepartments, sector);
    }

    /** The same filter over {@code newSector} (null: every sector). */
    public CoverageFilter withSector(SectorFilter newSector) {
        return new CoverageFilter(years, axes, programs, sizes, departments, newSector);
    }

    /** The program keys the filter matches. */
    Set<String> programKeys() {
        return programs.stream().map(NameKey::of).collect(Collectors.toSet());
    }

    /** The year whose territorial vintage is the denominator: the latest selected year, else {@code defaultYear}. */
    public int reportingYear(int defaultYear) {
        return years.isEmpty() ? defaultYear : years.last();
    }
}
