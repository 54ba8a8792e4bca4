package co.presencia.web.coveragefeatures;

import co.presencia.coverage.CoverageFilter;
import co.presencia.feature.CoverageFeatureCollections;
import co.presencia.feature.InvalidFeatureQueryException;
import co.presencia.intervention.DatasetSummary;
import co.presencia.web.coverage.CoverageRequest;
import co.presencia.web.coverage.CoverageService;
import co.presencia.web.system.ApiException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The coverage collections' source of figures: the coverage API's own parsing ({@link CoverageRequest}) and index
 * ({@link CoverageService}), so a collection parameter means exactly what the same query parameter means on
 * {@code /api/v1/coverage}. Each parameter is parsed on its own first, so an error names the one that is wrong.
 */
final class CoverageServiceFigures implements CoverageFeatureCollections.Figures {

    private final CoverageService coverage;
    private final int defaultYear;

    CoverageServiceFigures(CoverageService coverage, int defaultYear) {
        this.coverage = coverage;
        this.defaultYear = defaultYear;
    }

    @Override
    public List<DatasetSummary> datasets() {
        return coverage.datasets();
    }

    @Override
    public CoverageFeatureCollections.Selection select(Map<String, String> parameters) {
        DatasetSummary dataset = dataset(coverage, parameters.get("dataset"));
        CoverageFilter filter = filter(parameters);
        return new CoverageFeatureCollections.Selection(dataset, coverage.index(dataset), filter, filter.reportingYear(defaultYear));
    }

    /** The dataset named, or the default one; an unknown one is a bad parameter value. */
    static DatasetSummary dataset(CoverageService coverage, String requested) {
        return coverage.find(requested).orElseThrow(() -> new InvalidFeatureQueryException("dataset",
                requested == null || requested.isBlank()
                        ? "no hay conjuntos de datos / no dataset has been imported yet"
                        : "no existe el conjunto '" + requested + "'; existen / known: "
                                + coverage.datasets().stream().map(DatasetSummary::id).collect(Collectors.joining(", "))));
    }

    static CoverageFilter filter(Map<String, String> parameters) {
        for (String name : List.of("year", "axis", "program", "size", "department")) {
            if (parameters.containsKey(name)) {
                try {
                    request(Map.of(name, parameters.get(name))).toFilter();
                } catch (ApiException | IllegalArgumentException e) {
                    throw new InvalidFeatureQueryException(name, e.getMessage());
                }
            }
        }
        return request(parameters).toFilter();
    }

    /** The coverage API request these parameters are (a value may list several, comma-separated, as there). */
    private static CoverageRequest request(Map<String, String> parameters) {
        return new CoverageRequest(null, list(parameters.get("year")), list(parameters.get("axis")),
                list(parameters.get("program")), list(parameters.get("size")), list(parameters.get("department")));
    }

    private static List<String> list(String value) {
        return value == null ? null : List.of(value);
    }
}
