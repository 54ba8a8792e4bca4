package co.presencia.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.presencia.error.BusyException;
import co.presencia.error.Problem;
import co.presencia.work.CallerLeftException;
import co.presencia.work.CallerScope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Turns of expensive work: at most N at once, a bounded wait, then a busy refusal saying when to come back. */
class WorkLimitTest {

    @Test
    void refusesWhenEveryTurnIsTakenAndTheWaitIsOver() throws Exception {
        WorkLimit limit = new WorkLimit("maps", 1, Duration.ofMillis(50));
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<String> first = holdTheTurn(pool, limit, release, "drawn");
            assertThat(limit.running()).isEqualTo(1);
            long before = System.nanoTime();
            assertThatThrownBy(() -> limit.run(() -> "second"))
                    .isInstanceOfSatisfying(BusyException.class, e -> {
                        assertThat(e.problem()).isEqualTo(Problem.UNAVAILABLE);
                        assertThat(e.retryAfterSeconds()).isGreaterThanOrEqualTo(1);
                        assertThat(e.getMessage()).contains("maps");
                    });
            assertThat(Duration.ofNanos(System.nanoTime() - before)).isGreaterThanOrEqualTo(Duration.ofMillis(45));
            release.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("drawn");
            assertThat(limit.running()).isZero();
            assertThat(limit.run(() -> "third")).isEqualTo("third");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aWaitingCallerGetsTheTurnThatFreesUp() throws Exception {
        WorkLimit limit = new WorkLimit("downloads", 1, Duration.ofSeconds(10));
        CountDownLatch started = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<String> first = pool.submit(() -> limit.run(() -> {
                started.countDown();
                sleep(200);
                return "first";
            }));
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(limit.run(() -> "second")).isEqualTo("second");
            assertThat(first.get()).isEqualTo("first");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedRunGivesItsTurnBack() {
        WorkLimit limit = new WorkLimit("documents", 1, Duration.ZERO);
        assertThatThrownBy(() -> limit.run(() -> {
            throw new IllegalStateException("broken");
        })).hasMessage("broken");
        assertThat(limit.running()).isZero();
        assertThat(limit.run(() -> 1)).isEqualTo(1);
    }

    @Test
    void aCallerThatLeavesWhileWaitingGetsNoTurnAndIsCounted() throws Exception {
        WorkLimit limit = new WorkLimit("maps", 1, Duration.ofSeconds(10));
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<String> first = holdTheTurn(pool, limit, release, "first");
            AtomicBoolean left = new AtomicBoolean();
            AtomicBoolean ran = new AtomicBoolean();
            long before = System.nanoTime();
            new Thread(() -> {
                sleep(150);
                left.set(true);
            }).start();
            assertThatThrownBy(() -> CallerScope.run(left::get, () -> limit.run(() -> ran.getAndSet(true))))
                    .isInstanceOf(CallerLeftException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - before)).as("not the whole wait of 10 s")
                    .isLessThan(Duration.ofSeconds(2));
            assertThat(ran).as("nothing was done for it").isFalse();
            assertThat(limit.abandoned()).isEqualTo(1);
            assertThat(limit.waiting()).isZero();
            release.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first");
            assertThat(limit.running()).isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRunningTaskStopsAtItsNextCheckpointOnceItsCallerLeft() {
        WorkLimit limit = new WorkLimit("maps", 1, Duration.ZERO);
        AtomicBoolean left = new AtomicBoolean();
        AtomicInteger steps = new AtomicInteger();
        assertThatThrownBy(() -> CallerScope.run(left::get, () -> limit.run(() -> {
            for (int i = 0; i < 10_000; i++) {
                CallerScope.checkpoint();
                if (steps.incrementAndGet() == 20) {
                    left.set(true);
                }
                sleep(2);
            }
            return "whole";
        }))).isInstanceOf(CallerLeftException.class);
        assertThat(steps.get()).as("stopped soon after the caller left").isBetween(20, 60);
        assertThat(limit.abandoned()).isEqualTo(1);
        assertThat(limit.running()).as("its turn is free").isZero();
        assertThat(limit.run(() -> "next")).isEqualTo("next");
    }

    @Test
    void waitersGetTheirTurnsInTheOrderTheyCameEvenWhileAskingTheirCallers() throws Exception {
        WorkLimit limit = new WorkLimit("downloads", 1, Duration.ofSeconds(20));
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> served = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            holdTheTurn(pool, limit, release, "held");
            List<Future<Integer>> waiters = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                int number = i;
                // Each waiter wakes every slice (50 ms) to ask its caller; none of them may lose its place.
                waiters.add(pool.submit(() -> CallerScope.run(() -> false, () -> limit.run(() -> {
                    served.add(number);
                    return number;
                }))));
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                while (limit.waiting() < number && System.nanoTime() < end) {
                    Thread.sleep(1);
                }
            }
            Thread.sleep(300);   // several slices: every waiter has woken and asked
            release.countDown();
            for (Future<Integer> waiter : waiters) {
                waiter.get(10, TimeUnit.SECONDS);
            }
            assertThat(served).containsExactly(1, 2, 3, 4, 5);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesNonsenseSettings() {
        assertThatThrownBy(() -> new WorkLimit("maps", 0, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WorkLimit("maps", 1, Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    /** Runs on {@code pool} a task that takes a turn of {@code limit} and keeps it until {@code release}; once it has. */
    private static Future<String> holdTheTurn(ExecutorService pool, WorkLimit limit, CountDownLatch release, String result)
            throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        Future<String> holder = pool.submit(() -> limit.run(() -> {
            started.countDown();
            await(release);
            return result;
        }));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        return holder;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
