package co.presencia.application;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The one cache of figures: results derived from a selection (counts, headline, the features of an OGC coverage
 * collection, ...) kept for the most recent keys, least recently used dropped first. Results are immutable until
 * the next import replaces the dataset's index, and every key names the dataset, so a dataset's entries are dropped
 * together when it changes. A capacity of 0 keeps nothing.
 */
final class RecentResults {

    private final int capacity;
    private final Map<Object, Object> entries;

    RecentResults(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                return size() > RecentResults.this.capacity;
            }
        };
    }

    /** The result kept for {@code key}, or {@code compute}'s, kept. Two threads may compute the same key once each. */
    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> compute) {
        if (capacity == 0) {
            return compute.get();
        }
        synchronized (entries) {
            Object known = entries.get(key);
            if (known != null) {
                return (T) known;
            }
        }
        T computed = compute.get();
        synchronized (entries) {
            entries.put(key, computed);
        }
        return computed;
    }

    void removeIf(Predicate<Object> key) {
        synchronized (entries) {
            entries.keySet().removeIf(key);
        }
    }
}
