package co.presencia.web.coveragefeatures;

import co.presencia.coverage.CoverageFilter;
import co.presencia.coverage.CoverageIndex;
import co.presencia.feature.CoverageFeatureCollections;
import co.presencia.feature.FeatureCollection;
import co.presencia.feature.TerritoryFeatureCollections;
import co.presencia.intervention.DatasetSummary;
import co.presencia.intervention.DatasetRepository;
import co.presencia.intervention.InterventionRepository;
import co.presencia.map.ChoroplethMap;
import co.presencia.map.ChoroplethRenderer;
import co.presencia.map.ClassificationMethod;
import co.presencia.map.CollectionChoropleth;
import co.presencia.map.ColorRamp;
import co.presencia.territory.ReferenceCatalog;
import co.presencia.web.coverage.CoverageRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a coverage choropleth (the report's "Municipios / Departamentos beneficiados" maps) from the stored
 * dataset to PNG or SVG, without the web server: {@code scripts/presencia static-map --collection municipal-coverage
 * --dataset demo --year 2023 [--axis calidad] --value beneficiaries --out mapa.png}. The figures are those of the
 * coverage API for the same filter: the same request parsing, the same collections.
 */
public final class CoverageMapCommand {

    private CoverageMapCommand() {
    }

    /** Renders to {@code out}; returns the number of units drawn. */
    public static int render(ReferenceCatalog catalog, DatasetRepository datasets, InterventionRepository interventions,
                             Map<String, String> options, Path out) throws IOException {
        String collectionId = options.getOrDefault("collection", CoverageFeatureCollections.MUNICIPAL_COVERAGE);
        int defaultYear = Integer.parseInt(options.getOrDefault("year", "2023").split(",")[0]);
        TerritoryFeatureCollections territory = new TerritoryFeatureCollections(catalog, defaultYear, null);
        FeatureCollection municipalities = territory.collections().stream()
                .filter(c -> c.metadata().id().equals(TerritoryFeatureCollections.MUNICIPALITIES)).findFirst().orElseThrow();
        Map<String, CoverageIndex> indexes = new HashMap<>();
        CoverageFeatureCollections.Figures figures = new CoverageFeatureCollections.Figures() {
            @Override
            public List<DatasetSummary> datasets() {
                return datasets.datasets();
            }

            @Override
            public CoverageFeatureCollections.Selection select(Map<String, String> parameters) {
                String requested = parameters.get("dataset");
                DatasetSummary dataset = (requested == null ? datasets.dataset("demo").or(() -> datasets.datasets().stream().findFirst())
                        : datasets.dataset(requested))
                        .orElseThrow(() -> new IllegalArgumentException("No dataset '" + (requested == null ? "" : requested) + "'"));
                CoverageFilter filter = new CoverageRequest(null, list(parameters.get("year")), list(parameters.get("axis")),
                        list(parameters.get("program")), list(parameters.get("size")), list(parameters.get("department"))).toFilter();
                CoverageIndex index = indexes.computeIfAbsent(dataset.id(),
                        id -> CoverageIndex.build(catalog, sink -> interventions.forEach(id, sink)));
                return new CoverageFeatureCollections.Selection(dataset, index, filter, filter.reportingYear(defaultYear));
            }
        };
        FeatureCollection collection = new CoverageFeatureCollections(figures, catalog, municipalities, "cli").collections().stream()
                .filter(c -> c.metadata().id().equals(collectionId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown collection '" + collectionId
                        + "': use municipal-coverage or department-coverage"));
        Map<String, String> parameters = new HashMap<>();
        for (String name : List.of("dataset", "year", "axis", "program", "size", "department")) {
            if (options.containsKey(name)) {
                parameters.put(name, options.get(name));
            }
        }
        ChoroplethMap map = CollectionChoropleth.of(collection, parameters, Map.of(), options.getOrDefault("value", "beneficiaries"),
                ClassificationMethod.parse(options.getOrDefault("method", "quantiles")),
                Integer.parseInt(options.getOrDefault("classes", "5")), ColorRamp.parse(options.getOrDefault("ramp", "viridis")),
                Integer.parseInt(options.getOrDefault("width", "1000")), options.get("title"));
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg")) {
            Files.writeString(out, ChoroplethRenderer.svg(map), StandardCharsets.UTF_8);
        } else if (name.endsWith(".png")) {
            Files.write(out, ChoroplethRenderer.png(map));
        } else {
            throw new IllegalArgumentException("The output file must end in .png or .svg: " + out);
        }
        return map.features().size();
    }

    private static List<String> list(String value) {
        return value == null ? null : List.of(value);
    }
}
