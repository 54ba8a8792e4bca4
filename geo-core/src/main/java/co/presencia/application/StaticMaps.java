package co.presencia.application;

import co.presencia.error.InvalidParameterException;
import co.presencia.error.NotFoundException;
import co.presencia.feature.CollectionMetadata;
import co.presencia.feature.FeatureCollection;
import co.presencia.feature.FeatureCollections;
import co.presencia.map.ChoroplethMap;
import co.presencia.map.ChoroplethRenderer;
import co.presencia.map.ClassificationMethod;
import co.presencia.map.CollectionChoropleth;
import co.presencia.map.ColorRamp;
import co.presencia.map.ProjectedUnitsCache;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Static choropleth maps of any polygon collection, for reports: the HTTP endpoint and the command line both call
 * {@link #render}. Options: {@code value} (a numeric property; default {@code density_km2} where the collection has
 * it), {@code classes} (default 5), {@code method} (default quantiles), {@code ramp} (default viridis),
 * {@code width} (default 1000 px), {@code title}; the rest are the collection's parameters and filters.
 */
public final class StaticMaps {

    /** The options of a map, beside the collection's parameters and queryables. */
    public static final List<String> OPTIONS = List.of("value", "classes", "method", "ramp", "width", "title");

    /** An image and its media type. */
    public record Image(byte[] bytes, String mediaType, int units) {
    }

    public enum Format { PNG, SVG }

    private final FeatureCollections collections;
    private final ChoroplethRenderer renderer = new ChoroplethRenderer(new ProjectedUnitsCache(8));

    StaticMaps(FeatureCollections collections) {
        this.collections = collections;
    }

    public Image render(String collectionId, Map<String, String[]> query, Format format) {
        FeatureCollection collection = collections.get(collectionId)
                .orElseThrow(() -> new NotFoundException("collection.unknown", collectionId));
        CollectionMetadata metadata = collection.metadata();
        CollectionRequest request = CollectionRequest.of(metadata, query, OPTIONS);
        Map<String, String> options = request.options();
        String value = options.getOrDefault("value", metadata.property("density_km2").isPresent() ? "density_km2" : null);
        if (value == null) {
            throw new InvalidParameterException("value", "map.value.required", collectionId);
        }
        ChoroplethMap map;
        try {
            map = CollectionChoropleth.of(collection, request.parameters(), request.filters(), value,
                    ClassificationMethod.parse(options.getOrDefault("method", "quantiles")), integer(options, "classes", 5),
                    ColorRamp.parse(options.getOrDefault("ramp", "viridis")), integer(options, "width", 1000), options.get("title"));
        } catch (InvalidParameterException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(null, "map.invalid", e.getMessage());
        }
        return format == Format.PNG
                ? new Image(renderer.png(map), "image/png", map.features().size())
                : new Image(renderer.svg(map).getBytes(StandardCharsets.UTF_8), "image/svg+xml;charset=UTF-8",
                        map.features().size());
    }

    private static int integer(Map<String, String> options, String name, int fallback) {
        String text = options.get(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, "parameter.wholeNumber", name, text);
        }
    }
}
