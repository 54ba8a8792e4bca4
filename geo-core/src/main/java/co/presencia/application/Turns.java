package co.presencia.application;

import co.presencia.work.CallerScope;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A fixed number of turns, handed out first come, first served. A waiter wakes at least every slice to ask whether
 * its caller is still there ({@link CallerScope#checkpoint()}), without losing its place in the line: a fair
 * {@code Semaphore} would put it back at the end each time it stopped waiting to ask. Thread-safe.
 */
final class Turns {

    /** How long a waiter waits before asking its caller again. */
    private static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<Object> line = new ArrayDeque<>();
    private int free;

    Turns(int count) {
        this.free = count;
    }

    /**
     * Takes a turn, waiting at most {@code wait} behind the callers that came first; false when none came in time.
     * Throws {@link co.presencia.work.CallerLeftException} when the caller left while waiting (it leaves the line).
     */
    boolean take(Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        lock.lock();
        try {
            if (line.isEmpty() && free > 0) {
                free--;
                return true;
            }
            Object place = new Object();
            line.addLast(place);
            try {
                while (true) {
                    if (line.peekFirst() == place && free > 0) {
                        free--;
                        return true;
                    }
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    changed.awaitNanos(Math.min(left, SLICE_NANOS));
                    CallerScope.checkpoint();
                }
            } finally {
                line.remove(place);
                changed.signalAll();   // whoever is first in line now may take a free turn
            }
        } finally {
            lock.unlock();
        }
    }

    /** Gives a turn back. */
    void give() {
        lock.lock();
        try {
            free++;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    int free() {
        lock.lock();
        try {
            return free;
        } finally {
            lock.unlock();
        }
    }

    int waiting() {
        lock.lock();
        try {
            return line.size();
        } finally {
            lock.unlock();
        }
    }
}
