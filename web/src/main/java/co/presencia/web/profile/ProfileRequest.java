package co.presencia.web.profile;

import co.presencia.application.SelectionParser;
import co.presencia.coverage.CoverageFilterParser;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The selection of a profile: {@code dataset}, {@code year}, {@code axis}, {@code program}, {@code size} (the
 * territory takes the place of {@code department}). Only carried here: the application core parses them.
 */
public record ProfileRequest(
        @Parameter(description = "Dataset id (default: the configured default dataset)", example = "demo") String dataset,
        @Parameter(description = "Reporting year(s); the latest fixes the units in force", example = "2023") List<String> year,
        @Parameter(description = "Axis or strategy id", example = "productividad") List<String> axis,
        @Parameter(description = "Program or instrument, as written (repeatable)", example = "EnCadena") List<String> program,
        @Parameter(description = "Company size id", example = "micro,pequena,mediana") List<String> size) {

    /** The parameters by name, as the core's parser reads them. */
    public Map<String, List<String>> parameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put(SelectionParser.DATASET, dataset == null ? List.of() : List.of(dataset));
        parameters.put(CoverageFilterParser.YEAR, year == null ? List.of() : year);
        parameters.put(CoverageFilterParser.AXIS, axis == null ? List.of() : axis);
        parameters.put(CoverageFilterParser.PROGRAM, program == null ? List.of() : program);
        parameters.put(CoverageFilterParser.SIZE, size == null ? List.of() : size);
        return parameters;
    }

    /** The query string of the selection, for links (the portal view, the PDF). */
    public String query() {
        StringBuilder out = new StringBuilder();
        parameters().forEach((name, values) -> values.forEach(v -> {
            if (v != null && !v.isBlank()) {
                out.append(out.isEmpty() ? "" : "&").append(name).append('=')
                        .append(java.net.URLEncoder.encode(v.strip(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }));
        return out.toString();
    }
}
