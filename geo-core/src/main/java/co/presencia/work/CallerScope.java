package co.presencia.work;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The caller of the work on this thread, for cooperative stops: {@link #run} names the caller for the duration of a
 * task, and the task's loops call {@link #checkpoint()}, which throws {@link CallerLeftException} once the caller has
 * left. Asking the caller costs a system call on the web tier, so a checkpoint asks at most once per
 * {@link #PROBE_INTERVAL}, and not before the scope is that old (quick work never asks); a caller that left is
 * remembered. Scopes nest: the inner caller applies until it ends.
 */
public final class CallerScope {

    /** The least time between two questions to the same caller. */
    public static final Duration PROBE_INTERVAL = Duration.ofMillis(20);

    private static final long PROBE_INTERVAL_NANOS = PROBE_INTERVAL.toNanos();
    private static final ThreadLocal<Watch> CURRENT = new ThreadLocal<>();

    private CallerScope() {
    }

    /** Runs {@code task} on this thread with {@code caller} as the caller its checkpoints ask. */
    public static <T> T run(Caller caller, Supplier<T> task) {
        try (Scope scope = enter(caller)) {
            return task.get();
        }
    }

    /** Makes {@code caller} this thread's caller until the returned scope is closed (on this thread). */
    public static Scope enter(Caller caller) {
        Watch outer = CURRENT.get();
        CURRENT.set(new Watch(caller));
        return new Scope(outer);
    }

    /** The time a caller is this thread's; closing it gives the thread back its previous caller, if any. */
    public static final class Scope implements AutoCloseable {

        private final Watch outer;

        private Scope(Watch outer) {
            this.outer = outer;
        }

        @Override
        public void close() {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** Throws {@link CallerLeftException} when this thread's caller has left; nothing outside a scope. */
    public static void checkpoint() {
        Watch watch = CURRENT.get();
        if (watch != null && watch.hasLeft(false)) {
            throw new CallerLeftException();
        }
    }

    /** Whether this thread's caller has left, asking it now whatever the interval (false outside a scope). */
    public static boolean callerHasLeft() {
        Watch watch = CURRENT.get();
        return watch != null && watch.hasLeft(true);
    }

    private static final class Watch {

        private final Caller caller;
        /** When the caller was last asked; the scope's start at first, so work shorter than the interval never asks. */
        private long askedAt = System.nanoTime();
        private boolean left;

        Watch(Caller caller) {
            this.caller = caller;
        }

        boolean hasLeft(boolean now) {
            if (left) {
                return true;
            }
            long time = System.nanoTime();
            if (!now && time - askedAt < PROBE_INTERVAL_NANOS) {
                return false;
            }
            askedAt = time;
            left = caller.hasLeft();
            return left;
        }
    }
}
