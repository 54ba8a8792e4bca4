package co.presencia.web.coverage;

import co.presencia.coverage.CoverageFilter;
import co.presencia.intervention.Axis;
import co.presencia.intervention.CompanySize;
import co.presencia.territory.DepartmentCode;
import co.presencia.web.system.ApiException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The filter query parameters of every coverage endpoint: {@code dataset}, {@code year}, {@code axis},
 * {@code program}, {@code size}, {@code department}. Each may repeat or hold a comma-separated list.
 */
public record CoverageRequest(String dataset, List<String> year, List<String> axis, List<String> program,
                              List<String> size, List<String> department) {

    public CoverageFilter toFilter() {
        Set<Integer> years = new TreeSet<>();
        for (String y : split(year)) {
            try {
                int value = Integer.parseInt(y);
                if (value < 2000 || value > 2100) {
                    throw ApiException.badRequest("Year " + value + " is out of range");
                }
                years.add(value);
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("Parameter 'year' has an invalid value '" + y + "'");
            }
        }
        Set<Axis> axes = EnumSet.noneOf(Axis.class);
        for (String a : split(axis)) {
            axes.add(Axis.parse(a).orElseThrow(() -> ApiException.badRequest("Unknown axis '" + a + "'; known: "
                    + EnumSet.allOf(Axis.class).stream().map(Axis::id).toList())));
        }
        Set<CompanySize> sizes = EnumSet.noneOf(CompanySize.class);
        for (String s : split(size)) {
            sizes.add(CompanySize.parse(s).orElseThrow(() -> ApiException.badRequest("Unknown company size '" + s + "'; known: "
                    + EnumSet.allOf(CompanySize.class).stream().map(CompanySize::id).toList())));
        }
        Set<DepartmentCode> departments = new LinkedHashSet<>();
        for (String d : split(department)) {
            departments.add(DepartmentCode.parse(d));
        }
        Set<String> programs = new LinkedHashSet<>(program == null ? List.of() : program);
        return new CoverageFilter(new TreeSet<>(years), axes, programs, sizes, departments);
    }

    private static List<String> split(List<String> values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
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
