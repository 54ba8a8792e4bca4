package co.presencia.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.presencia.error.BusyException;
import co.presencia.error.Problem;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Turns of expensive work: at most N at once, a bounded wait, then a busy refusal saying when to come back. */
class WorkLimitTest {

    @Test
    void refusesWhenEveryTurnIsTakenAndTheWaitIsOver() throws Exception {
        WorkLimit limit = new WorkLimit("maps", 1, Duration.ofMillis(50));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<String> first = pool.submit(() -> limit.run(() -> {
                started.countDown();
                await(release);
                return "drawn";
            }));
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
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
    void refusesNonsenseSettings() {
        assertThatThrownBy(() -> new WorkLimit("maps", 0, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WorkLimit("maps", 1, Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
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
