package co.presencia.web.system;

import co.presencia.intervention.MunicipalityJoiner;
import co.presencia.web.coverage.CoverageService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the service answers, builds in the background what the first requests would otherwise wait for: the
 * point-in-polygon index of the importer, the municipal adjacency of the gap figures, and the coverage index of the
 * default dataset. Start-up to a healthy API does not wait for any of them.
 */
@Component
public class WarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);
    private final MunicipalityJoiner joiner;
    private final CoverageService coverage;

    public WarmUp(MunicipalityJoiner joiner, CoverageService coverage) {
        this.joiner = joiner;
        this.coverage = coverage;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void warmUp() {
        Thread thread = new Thread(() -> {
            long start = System.nanoTime();
            try {
                joiner.locator();
                coverage.adjacency();
                coverage.find(null).ifPresent(coverage::index);
                LOG.info("Warm-up done in {} ms", (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                LOG.warn("Warm-up failed (requests will build what they need): {}", e.getMessage());
            }
        }, "presencia-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }
}
