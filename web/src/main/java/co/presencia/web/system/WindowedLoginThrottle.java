package co.presencia.web.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The sliding-window rule every {@link LoginThrottle} applies, whatever keeps the failure times: an attempt first
 * adds a failure to its client's key and its user's key (each add atomic, and followed by a count that sees every
 * earlier add), and is admitted only if no key now holds more than its limit within the window; a refused attempt
 * takes its failures back. So at most the limit of attempts are admitted per window whatever arrives at once: of the
 * admitted ones, the last to add saw all the others. A refused attempt waits until the oldest of the key's newest
 * {@code max} failures leaves the window; a success forgets the failures of its client and of its user. Subclasses
 * only keep the times.
 */
abstract class WindowedLoginThrottle implements LoginThrottle {

    /** The shortest wait a refusal names (the failures that refused it may all have been taken back meanwhile). */
    private static final Duration SHORTEST_WAIT = Duration.ofSeconds(1);
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
    public final Admission admit(Attempt attempt) {
        Instant now = clock.instant();
        forgetBefore(now.minus(window));
        String id = UUID.randomUUID().toString();
        boolean byUser = !attempt.user().isEmpty();
        Failures failures = new Failures(add(id, clientKey(attempt), now),
                byUser ? add(id, userKey(attempt), now) : 0);
        if (failures.byClient() <= maxPerClient && failures.byUser() <= maxPerUser) {
            return Admission.admitted(failures);
        }
        remove(id, clientKey(attempt));
        Duration wait = wait(clientKey(attempt), maxPerClient, now);
        if (byUser) {
            remove(id, userKey(attempt));
            Duration userWait = wait(userKey(attempt), maxPerUser, now);
            wait = wait.compareTo(userWait) >= 0 ? wait : userWait;
        }
        return Admission.refused(failures, wait.compareTo(SHORTEST_WAIT) >= 0 ? wait : SHORTEST_WAIT);
    }

    @Override
    public final void succeeded(Attempt attempt) {
        forget(clientKey(attempt));
        forget(userKey(attempt));
    }

    final Duration window() {
        return window;
    }

    /** How long after {@code now} the oldest of {@code key}'s newest {@code max} failures leaves the window; zero if it has fewer. */
    abstract Duration wait(String key, int max, Instant now);

    /**
     * Keeps a failure of {@code key} at {@code now} by attempt {@code attempt}, then answers the failures of
     * {@code key} within the window (this one and any other attempt's already kept included).
     */
    abstract int add(String attempt, String key, Instant now);

    /** Drops the failure attempt {@code attempt} kept for {@code key}. */
    abstract void remove(String attempt, String key);

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
