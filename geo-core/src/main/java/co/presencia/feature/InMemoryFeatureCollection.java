package co.presencia.feature;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A fixed list of features kept in memory, answering bbox, filters and paging by scanning (a thousand features
 * scan in microseconds). Filters compare a property's text form ({@code true}, {@code 05}, {@code MUNICIPIO}); a
 * boolean filter also takes {@code 1}/{@code 0}, and any other value is an {@link InvalidFeatureQueryException}.
 * It accepts no collection parameters; wrap it (see {@link TerritoryFeatureCollections}) to vary features by one.
 */
public final class InMemoryFeatureCollection implements FeatureCollection {

    private final CollectionMetadata metadata;
    private final List<Feature> features;
    private final Map<String, Feature> byId = new HashMap<>();
    private final String version;

    public InMemoryFeatureCollection(CollectionMetadata metadata, List<Feature> features, String version) {
        this.metadata = metadata;
        this.features = List.copyOf(features);
        this.version = version;
        for (Feature f : this.features) {
            if (byId.put(f.id(), f) != null) {
                throw new IllegalArgumentException("Collection " + metadata.id() + " has two features with id " + f.id());
            }
        }
    }

    @Override
    public CollectionMetadata metadata() {
        return metadata;
    }

    public List<Feature> features() {
        return features;
    }

    @Override
    public FeaturePage items(FeatureQuery query) {
        LonLatBox.Matcher box = query.bbox() == null ? null : query.bbox().matcher();
        Map<String, String> filters = filterTexts(query.filters());
        List<Feature> page = new ArrayList<>(Math.min(query.limit(), features.size()));
        long matched = 0;
        for (Feature f : features) {
            if (!matchesFilters(f, filters)) {
                continue;
            }
            if (box != null && !box.intersects(f.geometry())) {
                continue;
            }
            if (matched >= query.offset() && page.size() < query.limit()) {
                page.add(f);
            }
            matched++;
        }
        return new FeaturePage(page, matched);
    }

    @Override
    public Optional<Feature> item(String id, Map<String, String> parameters) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<String> version() {
        return Optional.ofNullable(version);
    }

    /** The filters with each value in the text form its property compares ({@link PropertyDefinition#filterText}). */
    private Map<String, String> filterTexts(Map<String, String> filters) {
        Map<String, String> texts = new HashMap<>();
        filters.forEach((name, value) -> texts.put(name, metadata.property(name).map(p -> p.filterText(value)).orElse(value)));
        return texts;
    }

    static boolean matchesFilters(Feature feature, Map<String, String> filters) {
        for (Map.Entry<String, String> filter : filters.entrySet()) {
            Object value = feature.property(filter.getKey());
            if (value == null || !textOf(value).equals(filter.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** The text a filter value is compared with: {@code true}/{@code false}, integers without decimals. */
    static String textOf(Object value) {
        if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return Long.toString(d.longValue());
        }
        return String.valueOf(value);
    }
}
