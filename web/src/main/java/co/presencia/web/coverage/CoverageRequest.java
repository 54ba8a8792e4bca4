package co.presencia.web.coverage;

import co.presencia.coverage.CoverageFilter;
import co.presencia.intervention.Axis;
import co.presencia.intervention.CompanySize;
import co.presencia.territory.DepartmentCode;
import co.presencia.web.system.ApiException;
import io.swagger.v3.oas.annotations.Parameter;
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
public record CoverageRequest(
        @Parameter(description = "Dataset id (default: the configured default dataset)", example = "demo") String dataset,
        @Parameter(description = "Reporting year(s); the latest fixes the denominator (units in force)", example = "2023") List<String> year,
        @Parameter(description = "Axis or strategy id", example = "calidad") List<String> axis,
        @Parameter(description = "Program or instrument, as written (repeatable)", example = "Fábricas de Productividad y Sostenibilidad") List<String> program,
        @Parameter(description = "Company size id", example = "micro,pequena,mediana") List<String> size,
        @Parameter(description = "Department DIVIPOLA code(s)", example = "05") List<String> department) {

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
