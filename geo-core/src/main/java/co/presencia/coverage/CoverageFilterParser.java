package co.presencia.coverage;

import co.presencia.error.InvalidParameterException;
import co.presencia.intervention.Axis;
import co.presencia.intervention.CompanySize;
import co.presencia.territory.DepartmentCode;
import co.presencia.territory.ReportingYear;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads a {@link CoverageFilter} from request parameters — the one parser behind the coverage API, the OGC
 * coverage collections, the downloads, the static maps, the targets file and the command line. Parameters:
 * {@code year}, {@code axis}, {@code size}, {@code department}, {@code sector} (each repeatable and comma-separated)
 * and {@code program} (repeatable; a program name may hold commas, so it is never split). A bad value raises an
 * {@link InvalidParameterException} naming its parameter. A {@code sector} ({@code C}, {@code 10}, {@code 1011},
 * {@code grouping:id}) is read by the {@link SectorReader} the caller gives, which knows the classification.
 */
public final class CoverageFilterParser {

    public static final String YEAR = "year";
    public static final String AXIS = "axis";
    public static final String PROGRAM = "program";
    public static final String SIZE = "size";
    public static final String DEPARTMENT = "department";
    public static final String SECTOR = "sector";
    /** The filter parameters a stored target keeps, in the order documents list them ({@link #SECTOR} is not one). */
    public static final List<String> PARAMETERS = List.of(YEAR, AXIS, PROGRAM, SIZE, DEPARTMENT);

    /** Reads one value of the {@code sector} parameter. */
    @FunctionalInterface
    public interface SectorReader {
        /**
         * @throws InvalidParameterException naming {@code parameter} when {@code text} names no sector
         */
        SectorFilter read(String parameter, String text);
    }

    /** For callers without the classification: a {@code sector} parameter is refused. */
    private static final SectorReader NO_SECTORS = (parameter, text) -> {
        throw new InvalidParameterException(parameter, "sector.notAccepted", text);
    };

    private CoverageFilterParser() {
    }

    /** The filter these parameters select, without {@code sector}; absent or blank parameters select everything. */
    public static CoverageFilter parse(Map<String, ? extends Collection<String>> parameters) {
        return parse(parameters, NO_SECTORS);
    }

    /** The filter these parameters select, {@code sector} read by {@code sectors}; absent or blank ones select everything. */
    public static CoverageFilter parse(Map<String, ? extends Collection<String>> parameters, SectorReader sectors) {
        Set<Integer> years = new TreeSet<>();
        for (String y : split(parameters.get(YEAR))) {
            years.add(ReportingYear.parse(YEAR, y).value());
        }
        Set<Axis> axes = EnumSet.noneOf(Axis.class);
        for (String a : split(parameters.get(AXIS))) {
            axes.add(Axis.parse(a).orElseThrow(() -> new InvalidParameterException(AXIS, "axis.unknown", a,
                    Arrays.stream(Axis.values()).map(Axis::id).collect(Collectors.joining(", ")))));
        }
        Set<CompanySize> sizes = EnumSet.noneOf(CompanySize.class);
        for (String s : split(parameters.get(SIZE))) {
            sizes.add(CompanySize.parse(s).orElseThrow(() -> new InvalidParameterException(SIZE, "size.unknown", s,
                    Arrays.stream(CompanySize.values()).map(CompanySize::id).collect(Collectors.joining(", ")))));
        }
        Set<DepartmentCode> departments = new LinkedHashSet<>();
        for (String d : split(parameters.get(DEPARTMENT))) {
            try {
                departments.add(DepartmentCode.parse(d));
            } catch (InvalidParameterException e) {
                throw new InvalidParameterException(DEPARTMENT, "department.invalid", d);
            }
        }
        Set<String> programs = new LinkedHashSet<>();
        Collection<String> rawPrograms = parameters.get(PROGRAM);
        if (rawPrograms != null) {
            rawPrograms.stream().filter(p -> p != null && !p.isBlank()).map(String::strip).forEach(programs::add);
        }
        List<SectorFilter> sectorFilters = new ArrayList<>();
        for (String s : split(parameters.get(SECTOR))) {
            sectorFilters.add(sectors.read(SECTOR, s));
        }
        return new CoverageFilter(new TreeSet<>(years), axes, programs, sizes, departments,
                sectorFilters.isEmpty() ? null : SectorFilter.anyOf(sectorFilters));
    }

    /** Each value split at commas, blanks dropped, parts stripped. */
    static List<String> split(Collection<String> values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                if (value == null) {
                    continue;
                }
                for (String part : value.split(",")) {
                    if (!part.isBlank()) {
                        out.add(part.strip());
                    }
                }
            }
        }
        return out;
    }
}
