package co.presencia.application;

import co.presencia.work.CallerLeftException;
import co.presencia.work.CallerScope;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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

    /**
     * The image kept for {@code key}, or {@code draw}'s, kept; concurrent callers of one key share one drawing. When
     * the caller drawing it leaves and its drawing stops ({@link CallerLeftException}), a caller that still waits
     * draws it in its place; a waiting caller that leaves stops waiting.
     */
    StaticMaps.Image get(String key, Supplier<StaticMaps.Image> draw) {
        while (true) {
            synchronized (kept) {
                StaticMaps.Image image = kept.get(key);
                if (image != null) {
                    return image;
                }
            }
            CompletableFuture<StaticMaps.Image> mine = new CompletableFuture<>();
            CompletableFuture<StaticMaps.Image> first = drawing.putIfAbsent(key, mine);
            if (first == null) {
                return drawAndKeep(key, draw, mine);
            }
            StaticMaps.Image theirs = await(first);
            if (theirs != null) {
                return theirs;
            }
            // the caller that was drawing it left and its drawing stopped; this one is still here: draw it anew
        }
    }

    private StaticMaps.Image drawAndKeep(String key, Supplier<StaticMaps.Image> draw, CompletableFuture<StaticMaps.Image> mine) {
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

    /**
     * The other caller's drawing, asking this caller between short waits whether it is still there; null when that
     * drawing stopped because its own caller left.
     */
    private static StaticMaps.Image await(CompletableFuture<StaticMaps.Image> drawing) {
        try {
            while (true) {
                try {
                    return drawing.get(50, TimeUnit.MILLISECONDS);
                } catch (TimeoutException stillDrawing) {
                    CallerScope.checkpoint();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a map being drawn", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CallerLeftException) {
                return null;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
