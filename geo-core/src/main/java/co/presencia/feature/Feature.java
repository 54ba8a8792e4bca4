package co.presencia.feature;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature: an id (unique in its collection, kept as text so {@code 05001} keeps its zero), ordered
 * properties and a geometry in EPSG:4326 (x = longitude).
 *
 * <p>Immutable. Equality is identity: a feature can carry its own encodings (the GeoJSON bytes per output CRS),
 * computed once by the writers, so collections that keep their features in memory serve them without
 * re-encoding. Features built per request simply drop theirs with them.
 */
public final class Feature {

    private final String id;
    private final Map<String, Object> properties;
    private final Geometry geometry;
    private final Map<Object, Object> encodings = new ConcurrentHashMap<>(4);

    public Feature(String id, Map<String, ?> properties, Geometry geometry) {
        this.id = Objects.requireNonNull(id, "id");
        this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        this.geometry = geometry;
        if (geometry != null && geometry.getSRID() != 4326) {
            throw new IllegalArgumentException("Feature " + id + " geometry must be EPSG:4326, got SRID " + geometry.getSRID());
        }
    }

    public String id() {
        return id;
    }

    /** Property values by name, in the collection's order; a value may be null. */
    public Map<String, Object> properties() {
        return properties;
    }

    public Object property(String name) {
        return properties.get(name);
    }

    /** EPSG:4326, x = longitude; null for a feature without geometry. */
    public Geometry geometry() {
        return geometry;
    }

    /** An encoding of this feature computed once and kept with it (used by the writers, keyed by their own key). */
    @SuppressWarnings("unchecked")
    <T> T encoding(Object key, Function<Feature, T> encoder) {
        Object cached = encodings.get(key);
        if (cached == null) {
            cached = encoder.apply(this);
            encodings.putIfAbsent(key, cached);
        }
        return (T) cached;
    }

    @Override
    public String toString() {
        return "Feature[" + id + "]";
    }
}
