package co.presencia.application;

import co.presencia.error.BusyException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * At most {@code concurrent} runs of one kind of expensive work at once (renders, downloads, printable documents);
 * a caller waits at most {@code queueWait} for its turn (first come, first served), else it gets a
 * {@link BusyException} saying when to try again, and nothing is done for it. So one client asking for many
 * expensive answers at once slows down only that kind of work, never the cheap requests beside it, and the work a
 * client can leave behind when it goes away is bounded by {@code concurrent} runs plus the callers that arrived within
 * the last {@code queueWait}. Thread-safe.
 */
public final class WorkLimit {

    private final String work;
    private final int concurrent;
    private final Duration queueWait;
    private final Semaphore turns;
    /** The mean duration of a run, smoothed (nanoseconds), for {@code Retry-After}. */
    private final AtomicLong meanNanos = new AtomicLong(TimeUnit.SECONDS.toNanos(1));

    /**
     * @param work       what the work is called in a busy answer ({@code maps}, {@code downloads})
     * @param concurrent how many runs at once, at least 1
     * @param queueWait  how long a caller may wait for its turn; zero refuses at once when all turns are taken
     */
    public WorkLimit(String work, int concurrent, Duration queueWait) {
        if (concurrent < 1 || queueWait.isNegative()) {
            throw new IllegalArgumentException(work + ": at least one run at once and a wait of zero or more, got "
                    + concurrent + " and " + queueWait);
        }
        this.work = work;
        this.concurrent = concurrent;
        this.queueWait = queueWait;
        this.turns = new Semaphore(concurrent, true);
    }

    /** No limit in practice (the command line draws one map at a time). */
    public static WorkLimit none(String work) {
        return new WorkLimit(work, Integer.MAX_VALUE, Duration.ZERO);
    }

    public String work() {
        return work;
    }

    public int concurrent() {
        return concurrent;
    }

    public Duration queueWait() {
        return queueWait;
    }

    /** Runs {@code task} once a turn is free; {@link BusyException} when none frees up within the wait. */
    public <T> T run(Supplier<T> task) {
        boolean turn;
        try {
            turn = turns.tryAcquire(queueWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusyException(work, retryAfterSeconds());
        }
        if (!turn) {
            throw new BusyException(work, retryAfterSeconds());
        }
        long start = System.nanoTime();
        try {
            return task.get();
        } finally {
            turns.release();
            long took = System.nanoTime() - start;
            meanNanos.getAndUpdate(mean -> mean + (took - mean) / 8);
        }
    }

    /** Runs taking place now. */
    public int running() {
        return concurrent - turns.availablePermits();
    }

    /** When a refused caller may expect a turn: the runs ahead of it at the mean duration, at least one second. */
    long retryAfterSeconds() {
        long ahead = (long) turns.getQueueLength() + concurrent;
        double seconds = ahead * (double) meanNanos.get() / concurrent / 1e9;
        return Math.max(1, (long) Math.ceil(seconds));
    }
}
