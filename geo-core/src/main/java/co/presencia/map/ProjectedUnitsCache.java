package co.presencia.map;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the {@link ProjectedUnits} of the last few (geometry set, width) pairs, so repeated maps of the same units
 * cost only the classification and the drawing. A geometry set is recognised by the identity of its geometry
 * objects (a feature collection hands out the same ones each time), not by their coordinates. Owned by whoever
 * renders repeatedly (the web's static-map endpoint); thread-safe; capacity 0 keeps nothing.
 */
public final class ProjectedUnitsCache {

    private final int capacity;
    private final Map<String, ProjectedUnits> entries;

    public ProjectedUnitsCache(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative");
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true);
    }

    /** A cache that keeps nothing: every map projects and simplifies its units. */
    public static ProjectedUnitsCache none() {
        return new ProjectedUnitsCache(0);
    }

    ProjectedUnits get(List<MapFeature> features, int mapWidthPx) {
        if (capacity == 0) {
            return ProjectedUnits.of(features, mapWidthPx);
        }
        String key = key(features, mapWidthPx);
        synchronized (entries) {
            ProjectedUnits cached = entries.get(key);
            if (cached != null) {
                return cached;
            }
        }
        ProjectedUnits computed = ProjectedUnits.of(features, mapWidthPx);
        synchronized (entries) {
            entries.put(key, computed);
            while (entries.size() > capacity) {
                entries.remove(entries.keySet().iterator().next());
            }
        }
        return computed;
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    private static String key(List<MapFeature> features, int mapWidthPx) {
        long identity = 1;
        for (MapFeature f : features) {
            identity = identity * 31 + System.identityHashCode(f.geometry());
        }
        return features.size() + ":" + identity + ":" + mapWidthPx;
    }
}
