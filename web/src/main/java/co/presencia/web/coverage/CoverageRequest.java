package co.presencia.web.coverage;

import co.presencia.application.SelectionParser;
import co.presencia.coverage.CoverageFilterParser;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The selection query parameters of every coverage endpoint, as documented in the OpenAPI description:
 * {@code dataset}, {@code year}, {@code axis}, {@code program}, {@code size}, {@code department}, {@code sector}. Each may repeat or
 * hold a comma-separated list (programs repeat only: a program's name may hold a comma). Only carried here: the
 * application core parses them ({@link SelectionParser}).
 */
public record CoverageRequest(
        @Parameter(description = "Dataset id (default: the configured default dataset)", example = "demo") String dataset,
        @Parameter(description = "Reporting year(s); the latest fixes the denominator (units in force)", example = "2023") List<String> year,
        @Parameter(description = "Axis or strategy id", example = "calidad") List<String> axis,
        @Parameter(description = "Program or instrument, as written (repeatable)", example = "Fábricas de Productividad y Sostenibilidad") List<String> program,
        @Parameter(description = "Company size id", example = "micro,pequena,mediana") List<String> size,
        @Parameter(description = "Department DIVIPOLA code(s)", example = "05") List<String> department,
        @Parameter(description = "Economic sector(s): a CIIU Rev. 4 A.C. code of any level (C, 10, 101, 1011) or grouping:sector (see /api/v1/sectors)",
                example = "C") List<String> sector) {

    /** The parameters by name, as the core's parser reads them. */
    public Map<String, List<String>> parameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put(SelectionParser.DATASET, dataset == null ? List.of() : List.of(dataset));
        parameters.put(CoverageFilterParser.YEAR, year == null ? List.of() : year);
        parameters.put(CoverageFilterParser.AXIS, axis == null ? List.of() : axis);
        parameters.put(CoverageFilterParser.PROGRAM, program == null ? List.of() : program);
        parameters.put(CoverageFilterParser.SIZE, size == null ? List.of() : size);
        parameters.put(CoverageFilterParser.DEPARTMENT, department == null ? List.of() : department);
        parameters.put(CoverageFilterParser.SECTOR, sector == null ? List.of() : sector);
        return parameters;
    }
}
