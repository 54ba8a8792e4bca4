package co.presencia.web.profile;

import co.presencia.coverage.CoverageFilterParser;
import co.presencia.web.coverage.CoverageRequest;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import java.util.Map;

/**
 * The selection of a profile: {@code dataset}, {@code year}, {@code axis}, {@code program}, {@code size}, {@code sector} (the
 * territory takes the place of {@code department}). Only carried here: the application core parses them.
 */
public record ProfileRequest(
        @Parameter(description = "Dataset id (default: the configured default dataset)", example = "demo") String dataset,
        @Parameter(description = "Reporting year(s); the latest fixes the units in force", example = "2023") List<String> year,
        @Parameter(description = "Axis or strategy id", example = "productividad") List<String> axis,
        @Parameter(description = "Program or instrument, as written (repeatable)", example = "EnCadena") List<String> program,
        @Parameter(description = "Company size id", example = "micro,pequena,mediana") List<String> size,
        @Parameter(description = "Economic sector(s): CIIU code of any level or grouping:sector", example = "C") List<String> sector) {

    /** The parameters by name, as the core's parser reads them: the coverage request's, without a department. */
    public Map<String, List<String>> parameters() {
        Map<String, List<String>> parameters = new CoverageRequest(dataset, year, axis, program, size, null, sector).parameters();
        parameters.remove(CoverageFilterParser.DEPARTMENT);
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
