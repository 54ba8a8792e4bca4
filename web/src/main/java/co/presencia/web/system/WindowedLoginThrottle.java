package co.presencia.web.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The sliding-window rule every {@link LoginThrottle} applies, whatever keeps the failure times: a key (a client, a
 * user) is refused once its newest {@code max} failures all lie within the window, until the oldest of them leaves
 * it; a success forgets the failures of its client and of its user. Subclasses only keep the times.
 */
abstract class WindowedLoginThrottle implements LoginThrottle {

    private final Clock clock;
    private final int maxPerClient;
    private final int maxPerUser;
    private final Duration window;

    WindowedLoginThrottle(Clock clock, int maxPerClient, int maxPerUser, Duration window) {
        this.clock = clock;
        this.maxPerClient = maxPerClient;
        this.maxPerUser = maxPerUser;
        this.window = window;
    }

    @Override
    public final Duration retryAfter(Attempt attempt) {
        Instant now = clock.instant();
        Duration byClient = wait(clientKey(attempt), maxPerClient, now);
        Duration byUser = attempt.user().isEmpty() ? Duration.ZERO : wait(userKey(attempt), maxPerUser, now);
        return byClient.compareTo(byUser) >= 0 ? byClient : byUser;
    }

    @Override
    public final Failures failed(Attempt attempt) {
        Instant now = clock.instant();
        forgetBefore(now.minus(window));
        int byClient = record(clientKey(attempt), maxPerClient, now);
        int byUser = attempt.user().isEmpty() ? 0 : record(userKey(attempt), maxPerUser, now);
        return new Failures(byClient, byUser);
    }

    @Override
    public final void succeeded(Attempt attempt) {
        forget(clientKey(attempt));
        forget(userKey(attempt));
    }

    final Duration window() {
        return window;
    }

    /** How long a new attempt of {@code key} must wait at {@code now}: zero unless its newest {@code max} failures all lie in the window. */
    abstract Duration wait(String key, int max, Instant now);

    /** Keeps a failure of {@code key} at {@code now}; answers its failures within the window (at most {@code max}). */
    abstract int record(String key, int max, Instant now);

    /** May drop every failure at or before {@code oldest} (they no longer count). */
    abstract void forgetBefore(Instant oldest);

    /** Drops every failure of {@code key}. */
    abstract void forget(String key);

    private static String clientKey(Attempt attempt) {
        return "client:" + attempt.client();
    }

    private static String userKey(Attempt attempt) {
        return "user:" + attempt.user();
    }
}
