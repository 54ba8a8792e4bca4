package co.presencia.application;

import co.presencia.intervention.ImportOwner;
import co.presencia.intervention.ImportOwnerRepository;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This process's life as an import owner: it beats in the store at a fixed delay on a daemon thread and, at each
 * beat, marks the jobs of gone owners INTERRUPTED, deletes their uploads, and records the ends of this process's
 * jobs that the store refused when they happened (so none stays RUNNING while this process lives). A beat that
 * finds its own row removed (another process took it for gone during a long pause) registers again. The store being
 * away only delays beats.
 */
final class ImportHeartbeat {

    private static final Logger LOG = LoggerFactory.getLogger(ImportHeartbeat.class);
    private final ImportOwnerRepository owners;
    private final ImportOwner owner;
    private final Duration staleAfter;
    private final ImportUploads uploads;
    /** Records this process's job ends that the store refused when they happened. */
    private final Runnable pendingEnds;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "presencia-import-heartbeat");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean failing;

    ImportHeartbeat(ImportOwnerRepository owners, ImportOwner owner, Duration staleAfter, ImportUploads uploads,
                    Runnable pendingEnds) {
        this.owners = owners;
        this.pendingEnds = pendingEnds;
        this.owner = owner;
        this.staleAfter = staleAfter;
        this.uploads = uploads;
    }

    void start(Duration every) {
        timer.scheduleWithFixedDelay(this::beat, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void beat() {
        try {
            if (!owners.heartbeat(owner)) {
                owners.register(owner);
            }
            sweep();
            pendingEnds.run();
            if (failing) {
                LOG.info("Import heartbeat works again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warn("Import heartbeat failed (store away?); retrying every beat: {}", e.getMessage());
                failing = true;
            }
        }
    }

    /** Marks the jobs of gone owners INTERRUPTED and deletes their uploads. */
    void sweep() {
        List<String> interrupted = owners.interruptOrphans(owner.id(), staleAfter);
        if (!interrupted.isEmpty()) {
            LOG.warn("Import jobs left behind by a process that is gone, marked INTERRUPTED: {}", interrupted);
        }
        uploads.sweep(owners.liveOwners(staleAfter));
    }

    /** Stops beating and leaves the store as an owner; deletes this owner's uploads. */
    void stop() {
        timer.shutdownNow();
        try {
            owners.remove(owner);
        } catch (RuntimeException e) {
            LOG.warn("Could not remove import owner {} from the store: {}", owner.id(), e.getMessage());
        }
        uploads.removeOwn();
    }
}
