package co.presencia.web.system;

import co.presencia.application.Presencia;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the service answers, builds in the background what the first requests would otherwise wait for
 * ({@link Presencia#warmUp}). Start-up to a healthy API does not wait for it.
 */
@Component
public class WarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);
    private final Presencia presencia;

    public WarmUp(Presencia presencia) {
        this.presencia = presencia;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void warmUp() {
        Thread thread = new Thread(() -> {
            long start = System.nanoTime();
            try {
                presencia.warmUp();
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
