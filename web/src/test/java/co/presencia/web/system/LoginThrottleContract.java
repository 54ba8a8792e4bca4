package co.presencia.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.web.system.LoginThrottle.Attempt;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sliding window of failed sign-ins, per client and per user, on a clock the test moves: the same contract for
 * one instance (in memory) and for several (in the store, H2GIS and PostGIS).
 */
abstract class LoginThrottleContract {

    Instant now = Instant.parse("2026-11-26T10:00:00Z");
    final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    };
    private LoginThrottle throttle;

    @BeforeEach
    void throttleOnTheTestClock() {
        throttle = throttle(3, 5, Duration.ofMinutes(1));
    }

    /** How many failures the concurrency case sends at once (a store without a pool opens a connection each). */
    int concurrentAttempts() {
        return 800;
    }

    /** A fresh throttle on {@link #clock}. */
    abstract LoginThrottle throttle(int maxPerClient, int maxPerUser, Duration window);

    private void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Test
    void aClientIsRefusedAfterItsShareUntilTheOldestFailureLeavesTheWindow() {
        Attempt attempt = new Attempt("10.0.0.1", "admin");
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.retryAfter(attempt)).isZero();
            throttle.failed(attempt);
            advance(Duration.ofSeconds(10));
        }
        assertThat(throttle.retryAfter(attempt)).isEqualTo(Duration.ofSeconds(30));
        advance(Duration.ofSeconds(29));
        assertThat(throttle.retryAfter(attempt)).isEqualTo(Duration.ofSeconds(1));
        advance(Duration.ofSeconds(1));
        assertThat(throttle.retryAfter(attempt)).isZero();
        assertThat(throttle.failed(attempt)).isEqualTo(new LoginThrottle.Failures(3, 3));
        assertThat(throttle.retryAfter(attempt)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void aUserIsRefusedWhateverTheClientOnceGuessesSpreadOverManyClients() {
        for (int i = 0; i < 5; i++) {
            throttle.failed(new Attempt("10.0.0." + i, "admin"));
        }
        assertThat(throttle.retryAfter(new Attempt("10.0.0.99", "admin"))).isEqualTo(Duration.ofMinutes(1));
        assertThat(throttle.retryAfter(new Attempt("10.0.0.99", "otra"))).isZero();
        assertThat(throttle.retryAfter(new Attempt("10.0.0.1", "otra"))).isZero();
    }

    @Test
    void aSuccessForgetsTheFailuresOfItsClientAndUser() {
        Attempt attempt = new Attempt("10.0.0.1", "admin");
        throttle.failed(attempt);
        throttle.failed(attempt);
        throttle.succeeded(attempt);
        assertThat(throttle.failed(attempt)).isEqualTo(new LoginThrottle.Failures(1, 1));
    }

    @Test
    void anUnreadableUserNameCountsForItsClientOnly() {
        Attempt attempt = new Attempt("10.0.0.1", "");
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.failed(attempt).byUser()).isZero();
        }
        assertThat(throttle.retryAfter(attempt)).isPositive();
        assertThat(throttle.retryAfter(new Attempt("10.0.0.2", ""))).isZero();
    }

    @Test
    void concurrentFailuresAreAllCounted() throws InterruptedException {
        LoginThrottle wide = throttle(1000, 1000, Duration.ofMinutes(1));
        Attempt attempt = new Attempt("10.0.0.1", "admin");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        int attempts = concurrentAttempts();
        for (int i = 0; i < attempts; i++) {
            pool.execute(() -> wide.failed(attempt));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(wide.failed(attempt)).isEqualTo(new LoginThrottle.Failures(attempts + 1, attempts + 1));
    }
}
