package co.presencia.work;

/**
 * Whoever asked for a piece of work and may stop waiting for it. Asked only on the thread that runs the work, from
 * {@link CallerScope#checkpoint()}; an answer of {@code true} is final.
 */
@FunctionalInterface
public interface Caller {

    /** Whether the caller has gone, so that nothing done from now on can reach it. */
    boolean hasLeft();
}
