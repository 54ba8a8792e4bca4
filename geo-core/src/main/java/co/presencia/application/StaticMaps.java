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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Static choropleth maps of any polygon collection, for reports: the HTTP endpoint and the command line both call
 * {@link #render}. Options: {@code value} (a numeric property; default {@code density_km2} where the collection has
 * it), {@code classes} (default 5), {@code method} (default quantiles), {@code ramp} (default viridis),
 * {@code width} (default 1000 px), {@code title}; the rest are the collection's parameters and filters.
 *
 * <p>Within its {@link Limits} (the server's; the command line has none): a width above {@code maxWidth} is refused;
 * at most {@code concurrentRenders} maps are drawn at once and a request waits at most {@code queueWait} for its turn,
 * else a {@link co.presencia.error.BusyException}; drawn maps are kept within {@code keptBytes} under a tag made of the
 * collection's {@linkplain FeatureCollection#version() version} and the canonical request ({@link #tag}), so identical
 * requests — at once or later, on this instance or with the same tag on another — draw once.
 */
public final class StaticMaps {

    /** The options of a map, beside the collection's parameters and queryables. */
    public static final List<String> OPTIONS = List.of("value", "classes", "method", "ramp", "width", "title");

    /**
     * What one process allows.
     *
     * @param maxWidth          the widest map drawn, in pixels
     * @param concurrentRenders maps drawn at once
     * @param queueWait         how long a request waits for its turn
     * @param keptBytes         the bytes of drawn maps kept (0 keeps none)
     */
    public record Limits(int maxWidth, int concurrentRenders, Duration queueWait, long keptBytes) {

        /** The server's defaults: 2,500 px (A4 at 300 dpi), 2 at once, 3 s of wait, 64 MB kept. */
        public static final Limits SERVER = new Limits(2500, 2, Duration.ofSeconds(3), 64L << 20);
        /** No limit beyond the renderer's own (the command line draws one map and exits). */
        public static final Limits NONE = new Limits(ChoroplethMap.MAX_WIDTH, Integer.MAX_VALUE, Duration.ZERO, 0);

        public Limits {
            if (maxWidth < ChoroplethMap.MIN_WIDTH || maxWidth > ChoroplethMap.MAX_WIDTH) {
                throw new IllegalArgumentException("The widest map must be between " + ChoroplethMap.MIN_WIDTH + " and "
                        + ChoroplethMap.MAX_WIDTH + " px, got " + maxWidth);
            }
        }
    }

    /** An image, its media type, the units drawn, and its entity tag (null when the collection has no version). */
    public record Image(byte[] bytes, String mediaType, int units, String tag) {
    }

    public enum Format { PNG, SVG }

    private final FeatureCollections collections;
    private final Limits limits;
    private final ChoroplethRenderer renderer = new ChoroplethRenderer(new ProjectedUnitsCache(8));
    private final WorkLimit renders;
    private final KeptImages kept;

    StaticMaps(FeatureCollections collections) {
        this(collections, Limits.NONE);
    }

    private StaticMaps(FeatureCollections collections, Limits limits) {
        this.collections = collections;
        this.limits = limits;
        this.renders = new WorkLimit("maps", limits.concurrentRenders(), limits.queueWait());
        this.kept = new KeptImages(limits.keptBytes());
    }

    /** Maps of the same collections within {@code limits} (the server's), with their own turns and kept maps. */
    public StaticMaps withLimits(Limits limits) {
        return new StaticMaps(collections, limits);
    }

    public Limits limits() {
        return limits;
    }

    /** This instance's turns for drawing maps: how many run now, how many were stopped because their caller left. */
    public WorkLimit renders() {
        return renders;
    }

    /** The map drawn for these parameters (a kept one when the tag is known). */
    public Image render(String collectionId, Map<String, String[]> query, Format format) {
        Request request = request(collectionId, query, format);
        if (request.tag() == null) {
            return renders.run(() -> draw(request, null));
        }
        return kept.get(request.tag(), () -> renders.run(() -> draw(request, request.tag())));
    }

    /**
     * The entity tag of the map these parameters would draw, without drawing it (for {@code If-None-Match}); empty
     * when the collection has no version. The same on every instance of the same store and release.
     */
    public Optional<String> tag(String collectionId, Map<String, String[]> query, Format format) {
        return Optional.ofNullable(request(collectionId, query, format).tag());
    }

    private record Request(FeatureCollection collection, CollectionRequest parameters, Format format, String tag) {
    }

    private Request request(String collectionId, Map<String, String[]> query, Format format) {
        FeatureCollection collection = collections.get(collectionId)
                .orElseThrow(() -> new NotFoundException("collection.unknown", collectionId));
        CollectionRequest request = CollectionRequest.of(collection.metadata(), query, OPTIONS);
        int width = integer(request.options(), "width", 1000);
        if (width > limits.maxWidth()) {
            throw new InvalidParameterException("width", "map.width.tooLarge", Integer.toString(limits.maxWidth()),
                    Integer.toString(width));
        }
        String tag = collection.version().map(version -> request.tag(version, collectionId, format.name())).orElse(null);
        return new Request(collection, request, format, tag);
    }

    private Image draw(Request request, String tag) {
        FeatureCollection collection = request.collection();
        CollectionMetadata metadata = collection.metadata();
        Map<String, String> options = request.parameters().options();
        String value = options.getOrDefault("value", metadata.property("density_km2").isPresent() ? "density_km2" : null);
        if (value == null) {
            throw new InvalidParameterException("value", "map.value.required", metadata.id());
        }
        ChoroplethMap map;
        try {
            map = CollectionChoropleth.of(collection, request.parameters().parameters(), request.parameters().filters(), value,
                    ClassificationMethod.parse(options.getOrDefault("method", "quantiles")), integer(options, "classes", 5),
                    ColorRamp.parse(options.getOrDefault("ramp", "viridis")), integer(options, "width", 1000), options.get("title"));
        } catch (InvalidParameterException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(null, "map.invalid", e.getMessage());
        }
        return request.format() == Format.PNG
                ? new Image(renderer.png(map), "image/png", map.features().size(), tag)
                : new Image(renderer.svg(map).getBytes(StandardCharsets.UTF_8), "image/svg+xml;charset=UTF-8",
                        map.features().size(), tag);
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
