package co.presencia.web.system;

import co.presencia.cluster.SignInFailures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * {@link LoginThrottle} for several instances on one PostgreSQL: the failures are rows of the shared store
 * ({@link SignInFailures}), so a client that spreads its guesses over the instances behind a balancer is counted
 * once, and a refusal on one instance holds on all. The rule of {@link WindowedLoginThrottle}: each row is
 * committed before its attempt counts, so of the attempts admitted at once on all instances, the last to commit
 * counted all the others. Every attempt also deletes the rows that left the window, so the table holds about one
 * window of failures. Instances must share a clock (NTP): each stamps its failures with its own.
 */
public final class StoredLoginThrottle extends WindowedLoginThrottle {

    private final SignInFailures failures;

    public StoredLoginThrottle(SignInFailures failures, Clock clock, int maxPerClient, int maxPerUser, Duration window) {
        super(clock, maxPerClient, maxPerUser, window);
        this.failures = failures;
    }

    @Override
    void forgetBefore(Instant oldest) {
        failures.forgetBefore(oldest);
    }

    @Override
    void forget(String key) {
        failures.clear(key);
    }

    @Override
    int add(String attempt, String key, Instant now) {
        failures.record(attempt, key, now);
        return failures.count(key, now.minus(window()));
    }

    @Override
    void remove(String attempt, String key) {
        failures.remove(attempt, key);
    }

    @Override
    Duration wait(String key, int max, Instant now) {
        List<Instant> newest = failures.after(key, now.minus(window()), max);
        if (newest.size() < max) {
            return Duration.ZERO;
        }
        return Duration.between(now, newest.get(max - 1).plus(window()));
    }
}
