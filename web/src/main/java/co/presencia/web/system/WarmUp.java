package co.presencia.web.system;

import co.presencia.application.Presencia;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the service answers, builds in the background what the first requests would otherwise wait for
 * ({@link Presencia#warmUp}), then rehearses the import's path with generated rows, storing nothing. Start-up to a
 * healthy API does not wait for it.
 */
@Component
public class WarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);
    private final Presencia presencia;
    private final int rehearsalRows;

    /**
     * @param rehearsalRows generated rows run through the import's path after the rest ({@code ImportJobs#rehearse}),
     *                      so the first real import runs compiled code; 0 skips it
     */
    public WarmUp(Presencia presencia, @Value("${presencia.warm-up.import-rehearsal-rows:100000}") int rehearsalRows) {
        this.presencia = presencia;
        this.rehearsalRows = rehearsalRows;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void warmUp() {
        Thread thread = new Thread(() -> {
            long start = System.nanoTime();
            try {
                presencia.warmUp();
                if (rehearsalRows > 0) {
                    long rehearsal = System.nanoTime();
                    long rows = presencia.imports().rehearse(rehearsalRows);
                    LOG.info("Import path rehearsed: {} generated rows accepted (nothing stored) in {} ms", rows,
                            (System.nanoTime() - rehearsal) / 1_000_000);
                }
                LOG.info("Warm-up done in {} ms", (System.nanoTime() - start) / 1_000_000);
            } catch (IOException | RuntimeException e) {
                LOG.warn("Warm-up failed (requests will build what they need): {}", e.getMessage());
            }
        }, "presencia-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }
}
