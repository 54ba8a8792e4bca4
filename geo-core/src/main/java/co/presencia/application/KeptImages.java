package co.presencia.application;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Rendered maps kept by key within a budget of bytes, least recently used dropped first; a key is computed once
 * for all the callers that ask for it at the same time (the others wait for the first one's result, or get its
 * error). Keys name the version of what was drawn, so a kept map is never stale: a new import makes new keys and
 * the old entries age out. A budget of 0 keeps nothing (identical concurrent requests are still drawn once).
 */
final class KeptImages {

    private final long budgetBytes;
    private final Map<String, StaticMaps.Image> kept = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<String, CompletableFuture<StaticMaps.Image>> drawing = new ConcurrentHashMap<>();
    private long keptBytes;

    KeptImages(long budgetBytes) {
        if (budgetBytes < 0) {
            throw new IllegalArgumentException("The budget must not be negative, got " + budgetBytes);
        }
        this.budgetBytes = budgetBytes;
    }

    /** The image kept for {@code key}, or {@code draw}'s, kept; concurrent callers of one key share one drawing. */
    StaticMaps.Image get(String key, Supplier<StaticMaps.Image> draw) {
        synchronized (kept) {
            StaticMaps.Image image = kept.get(key);
            if (image != null) {
                return image;
            }
        }
        CompletableFuture<StaticMaps.Image> mine = new CompletableFuture<>();
        CompletableFuture<StaticMaps.Image> first = drawing.putIfAbsent(key, mine);
        if (first != null) {
            return join(first);
        }
        try {
            StaticMaps.Image image = draw.get();
            keep(key, image);
            mine.complete(image);
            return image;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            drawing.remove(key, mine);
        }
    }

    long bytes() {
        synchronized (kept) {
            return keptBytes;
        }
    }

    private void keep(String key, StaticMaps.Image image) {
        long size = image.bytes().length;
        if (size > budgetBytes / 4) {
            return;   // one map never takes more than a quarter of the budget
        }
        synchronized (kept) {
            if (kept.put(key, image) == null) {
                keptBytes += size;
            }
            var eldest = kept.entrySet().iterator();
            while (keptBytes > budgetBytes && eldest.hasNext()) {
                keptBytes -= eldest.next().getValue().bytes().length;
                eldest.remove();
            }
        }
    }

    private static StaticMaps.Image join(CompletableFuture<StaticMaps.Image> drawing) {
        try {
            return drawing.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
