package co.presencia.web.system;

import co.presencia.cluster.SignInFailures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * {@link LoginThrottle} for several instances on one PostgreSQL: the failures are rows of the shared store
 * ({@link SignInFailures}), so a client that spreads its guesses over the instances behind a balancer is counted
 * once, and a refusal on one instance holds on all. Same window and limits as {@link InMemoryLoginThrottle}: a key
 * is refused once its newest {@code max} failures all lie within the window, until the oldest of them leaves it.
 * Every failure also deletes the rows that left the window, so the table holds about one window of failures.
 * Instances must share a clock (NTP): each stamps its failures with its own.
 */
public final class StoredLoginThrottle implements LoginThrottle {

    private final SignInFailures failures;
    private final Clock clock;
    private final int maxPerClient;
    private final int maxPerUser;
    private final Duration window;

    public StoredLoginThrottle(SignInFailures failures, Clock clock, int maxPerClient, int maxPerUser, Duration window) {
        this.failures = failures;
        this.clock = clock;
        this.maxPerClient = maxPerClient;
        this.maxPerUser = maxPerUser;
        this.window = window;
    }

    @Override
    public Duration retryAfter(Attempt attempt) {
        Instant now = clock.instant();
        Duration byClient = wait(clientKey(attempt), maxPerClient, now);
        Duration byUser = attempt.user().isEmpty() ? Duration.ZERO : wait(userKey(attempt), maxPerUser, now);
        return byClient.compareTo(byUser) >= 0 ? byClient : byUser;
    }

    @Override
    public Failures failed(Attempt attempt) {
        Instant now = clock.instant();
        failures.forgetBefore(now.minus(window));
        failures.record(clientKey(attempt), now);
        int byClient = failures.after(clientKey(attempt), now.minus(window), maxPerClient).size();
        int byUser = 0;
        if (!attempt.user().isEmpty()) {
            failures.record(userKey(attempt), now);
            byUser = failures.after(userKey(attempt), now.minus(window), maxPerUser).size();
        }
        return new Failures(byClient, byUser);
    }

    @Override
    public void succeeded(Attempt attempt) {
        failures.clear(clientKey(attempt));
        failures.clear(userKey(attempt));
    }

    private Duration wait(String key, int max, Instant now) {
        List<Instant> newest = failures.after(key, now.minus(window), max);
        if (newest.size() < max) {
            return Duration.ZERO;
        }
        return Duration.between(now, newest.get(max - 1).plus(window));
    }

    private static String clientKey(Attempt attempt) {
        return "client:" + attempt.client();
    }

    private static String userKey(Attempt attempt) {
        return "user:" + attempt.user();
    }
}
