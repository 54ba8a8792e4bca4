package co.presencia.web.system;

import co.presencia.application.Presencia;
import jakarta.annotation.PreDestroy;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * After a dataset changes (an import through this instance, or another instance's notice), rebuilds its coverage
 * index and cells in the background at once ({@link Presencia#refresh}) instead of on the first request for it, which
 * would otherwise wait for the whole rebuild (seconds per million records). Requests arriving meanwhile wait for that
 * one build; none starts another. Changes that arrive while a rebuild is queued are served by it; one thread, low
 * priority. {@code presencia.warm-up.rebuild-on-change=false} turns it off.
 */
@Component
public class IndexRefresh {

    private static final Logger LOG = LoggerFactory.getLogger(IndexRefresh.class);
    private final Presencia presencia;
    private final boolean enabled;
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "presencia-index-refresh");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });

    public IndexRefresh(Presencia presencia, @Value("${presencia.warm-up.rebuild-on-change:true}") boolean enabled) {
        this.presencia = presencia;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void listen() {
        if (enabled) {
            presencia.datasets().onChange(this::schedule);
        }
    }

    @PreDestroy
    public void stop() {
        worker.shutdownNow();
    }

    private void schedule(String datasetId) {
        if (!queued.add(datasetId)) {
            return;
        }
        worker.execute(() -> {
            queued.remove(datasetId);
            long start = System.nanoTime();
            try {
                presencia.refresh(datasetId);
                LOG.info("Dataset {} refreshed after its change in {} ms", datasetId, (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                LOG.warn("Refreshing dataset {} after its change failed (the next request rebuilds it): {}", datasetId,
                        e.getMessage());
            }
        });
    }
}
