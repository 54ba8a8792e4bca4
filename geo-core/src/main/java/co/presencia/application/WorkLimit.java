package co.presencia.application;

import co.presencia.error.BusyException;
import co.presencia.work.CallerLeftException;
import co.presencia.work.CallerScope;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * At most {@code concurrent} runs of one kind of expensive work at once (renders, downloads, printable documents);
 * a caller waits at most {@code queueWait} for its turn (first come, first served), else it gets a
 * {@link BusyException} saying when to try again, and nothing is done for it. So one client asking for many
 * expensive answers at once slows down only that kind of work, never the cheap requests beside it, and the work a
 * client can leave behind when it goes away is bounded by {@code concurrent} runs plus the callers that arrived within
 * the last {@code queueWait}; within that, a caller that leaves is dropped from the queue, and its running task is
 * stopped at its next {@link CallerScope#checkpoint()}. Thread-safe.
 */
public final class WorkLimit {

    private final String work;
    private final int concurrent;
    private final Duration queueWait;
    private final Turns turns;
    /** The mean duration of a run, smoothed (nanoseconds), for {@code Retry-After}. */
    private final AtomicLong meanNanos = new AtomicLong(TimeUnit.SECONDS.toNanos(1));
    private final AtomicLong abandoned = new AtomicLong();

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
        this.turns = new Turns(concurrent);
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

    /**
     * Runs {@code task} once a turn is free; {@link BusyException} when none frees up within the wait. A caller that
     * leaves (see {@link CallerScope}) while waiting gets no turn, and one that leaves while its task runs stops it at
     * the task's next checkpoint: both end in {@link CallerLeftException} and are counted as {@link #abandoned()}.
     */
    public <T> T run(Supplier<T> task) {
        boolean turn;
        try {
            turn = turns.take(queueWait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusyException(work, retryAfterSeconds());
        } catch (CallerLeftException e) {
            abandoned.incrementAndGet();
            throw e;
        }
        if (!turn) {
            throw new BusyException(work, retryAfterSeconds());
        }
        long start = System.nanoTime();
        boolean stopped = false;
        try {
            CallerScope.checkpoint();
            return task.get();
        } catch (CallerLeftException e) {
            stopped = true;
            abandoned.incrementAndGet();
            throw e;
        } finally {
            turns.give();
            if (!stopped) {   // a stopped run says nothing of how long a whole one takes
                long took = System.nanoTime() - start;
                meanNanos.getAndUpdate(mean -> mean + (took - mean) / 8);
            }
        }
    }

    /** Runs stopped, or never started, because their caller had left (since this limit was made). */
    public long abandoned() {
        return abandoned.get();
    }

    /** Callers waiting for a turn now. */
    int waiting() {
        return turns.waiting();
    }

    /** Runs taking place now. */
    public int running() {
        return concurrent - turns.free();
    }

    /** When a refused caller may expect a turn: the runs ahead of it at the mean duration, at least one second. */
    long retryAfterSeconds() {
        long ahead = (long) turns.waiting() + concurrent;
        double seconds = ahead * (double) meanNanos.get() / concurrent / 1e9;
        return Math.max(1, (long) Math.ceil(seconds));
    }
}
