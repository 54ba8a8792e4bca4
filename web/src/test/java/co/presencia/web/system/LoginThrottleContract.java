package co.presencia.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.web.system.LoginThrottle.Admission;
import co.presencia.web.system.LoginThrottle.Attempt;
import co.presencia.web.system.LoginThrottle.Failures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sliding window of sign-in attempts, per client and per user, on a clock the test moves: the same contract for
 * one instance (in memory) and for several (in the store, H2GIS and PostGIS). An attempt counts as a failure from the
 * moment it is admitted to a password check; a refused one does not count.
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
        for (int i = 1; i <= 3; i++) {
            assertThat(throttle.admit(attempt)).isEqualTo(Admission.admitted(new Failures(i, i)));
            advance(Duration.ofSeconds(10));
        }
        assertThat(throttle.admit(attempt).retryAfter()).isEqualTo(Duration.ofSeconds(30));
        advance(Duration.ofSeconds(29));
        assertThat(throttle.admit(attempt)).isEqualTo(Admission.refused(new Failures(4, 4), Duration.ofSeconds(1)));
        advance(Duration.ofSeconds(1));
        assertThat(throttle.admit(attempt)).isEqualTo(Admission.admitted(new Failures(3, 3)));
        assertThat(throttle.admit(attempt).retryAfter()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void aRefusedAttemptIsNotCounted() {
        Attempt attempt = new Attempt("10.0.0.1", "admin");
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.admit(attempt).admitted()).isTrue();
        }
        advance(Duration.ofSeconds(30));
        for (int i = 0; i < 20; i++) {
            assertThat(throttle.admit(attempt)).isEqualTo(Admission.refused(new Failures(4, 4), Duration.ofSeconds(30)));
        }
        advance(Duration.ofSeconds(30));
        assertThat(throttle.admit(attempt)).isEqualTo(Admission.admitted(new Failures(1, 1)));
    }

    @Test
    void aUserIsRefusedWhateverTheClientOnceGuessesSpreadOverManyClients() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.admit(new Attempt("10.0.0." + i, "admin")).admitted()).isTrue();
        }
        assertThat(throttle.admit(new Attempt("10.0.0.99", "admin")))
                .isEqualTo(Admission.refused(new Failures(1, 6), Duration.ofMinutes(1)));
        assertThat(throttle.admit(new Attempt("10.0.0.99", "otra")).admitted()).isTrue();
        assertThat(throttle.admit(new Attempt("10.0.0.1", "otra")).admitted()).isTrue();
    }

    @Test
    void aSuccessForgetsTheFailuresOfItsClientAndUser() {
        Attempt attempt = new Attempt("10.0.0.1", "admin");
        throttle.admit(attempt);
        throttle.admit(attempt);
        throttle.succeeded(attempt);
        assertThat(throttle.admit(attempt)).isEqualTo(Admission.admitted(new Failures(1, 1)));
    }

    @Test
    void anUnreadableUserNameCountsForItsClientOnly() {
        Attempt attempt = new Attempt("10.0.0.1", "");
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.admit(attempt).failures().byUser()).isZero();
        }
        assertThat(throttle.admit(attempt).admitted()).isFalse();
        assertThat(throttle.admit(new Attempt("10.0.0.2", "")).admitted()).isTrue();
    }

    @Test
    void anyUserNameIsAKeyOfItsOwn() {
        String[] names = {"ad\u0000min", "x".repeat(5_000), "x".repeat(4_999) + "y", "admin\r\nFAKE", "\uD83D\uDE00"};
        for (int i = 0; i < names.length; i++) {
            Attempt attempt = new Attempt("10.0.1." + i, names[i]);
            for (int n = 1; n <= 5; n++) {
                throttle.admit(new Attempt("10." + i + ".2." + n, names[i]));
            }
            assertThat(throttle.admit(attempt)).as("name %d", i).isEqualTo(Admission.refused(new Failures(1, 6), Duration.ofMinutes(1)));
        }
        assertThat(throttle.admit(new Attempt("10.0.3.1", "admin")).admitted()).isTrue();
    }

    @Test
    void concurrentAttemptsUnderTheLimitAreAllAdmittedAndCounted() throws InterruptedException {
        LoginThrottle wide = throttle(1000, 1000, Duration.ofMinutes(1));
        Attempt attempt = new Attempt("10.0.0.1", "admin");
        int attempts = concurrentAttempts();
        List<Admission> admissions = atOnce(attempts, i -> wide.admit(attempt));
        assertThat(admissions).allMatch(Admission::admitted);
        assertThat(wide.admit(attempt)).isEqualTo(Admission.admitted(new Failures(attempts + 1, attempts + 1)));
    }

    @Test
    void aBurstFromOneClientGetsNoMoreChecksThanItsLimit() throws InterruptedException {
        Attempt attempt = new Attempt("10.0.0.1", "admin");
        List<Admission> burst = atOnce(50, i -> throttle.admit(attempt));
        long admitted = burst.stream().filter(Admission::admitted).count();
        assertThat(admitted).isLessThanOrEqualTo(3);
        assertThat(burst).filteredOn(a -> !a.admitted()).allSatisfy(a -> assertThat(a.retryAfter()).isPositive());
        // The refused took their failures back: the next attempt counts only the admitted ones and itself.
        Admission next = throttle.admit(attempt);
        assertThat(next.failures().byClient()).isEqualTo(admitted + 1);
        assertThat(next.admitted()).isEqualTo(admitted < 3);
    }

    @Test
    void aBurstForOneUserFromManyClientsGetsNoMoreChecksThanItsLimit() throws InterruptedException {
        List<Admission> burst = atOnce(50, i -> throttle.admit(new Attempt("10.0.4." + i, "admin")));
        long admitted = burst.stream().filter(Admission::admitted).count();
        assertThat(admitted).isLessThanOrEqualTo(5);
        Admission next = throttle.admit(new Attempt("10.0.5.1", "admin"));
        assertThat(next.failures()).isEqualTo(new Failures(1, (int) admitted + 1));
        assertThat(next.admitted()).isEqualTo(admitted < 5);
    }

    /** Runs {@code attempt} {@code times} on 8 threads, released together; answers what each returned. */
    private static List<Admission> atOnce(int times, IntFunction<Admission> attempt) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Admission>> answers = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            int n = i;
            answers.add(pool.submit(() -> {
                start.await();
                return attempt.apply(n);
            }));
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        List<Admission> admissions = new ArrayList<>();
        for (Future<Admission> answer : answers) {
            try {
                admissions.add(answer.get());
            } catch (ExecutionException e) {
                throw new AssertionError(e.getCause());
            }
        }
        return admissions;
    }
}
