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
import org.junit.jupiter.api.Test;

/** The sliding window of failed sign-ins, per client and per user, on a clock the test moves. */
class InMemoryLoginThrottleTest {

    private Instant now = Instant.parse("2026-11-26T10:00:00Z");
    private final Clock clock = new Clock() {
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
    private final InMemoryLoginThrottle throttle = new InMemoryLoginThrottle(clock, 3, 5, Duration.ofMinutes(1));

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
        InMemoryLoginThrottle wide = new InMemoryLoginThrottle(clock, 1000, 1000, Duration.ofMinutes(1));
        Attempt attempt = new Attempt("10.0.0.1", "admin");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 800; i++) {
            pool.execute(() -> wide.failed(attempt));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(wide.failed(attempt)).isEqualTo(new LoginThrottle.Failures(801, 801));
    }

    @Test
    void userNamesAreReadFromBasicCredentialsAndMadePrintableForTheLog() {
        String header = "Basic " + java.util.Base64.getEncoder().encodeToString("Admin:se:creta".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(LoginThrottleFilter.userName(header)).isEqualTo("admin");
        assertThat(LoginThrottleFilter.userName("Basic %%%")).isEmpty();
        assertThat(LoginThrottleFilter.printable("evil\r\nFAKE LOG LINE")).isEqualTo("evil??FAKE LOG LINE");
        assertThat(LoginThrottleFilter.printable("x".repeat(100))).hasSize(65).endsWith("…");
    }
}
