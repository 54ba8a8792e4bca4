package co.presencia.web.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link LoginThrottle} for one instance: the times of the last failures of each client and each user, in memory
 * (each key's times are only touched inside the map's atomic {@code compute}, so concurrent attempts count right).
 * A key keeps at most its limit of times and disappears once they all left the window, so memory is bounded by the
 * clients and users that failed within the last window — and those are few, because every checked attempt costs a
 * BCrypt comparison (about 0.1 s of CPU) and a refused one nothing.
 */
public final class InMemoryLoginThrottle implements LoginThrottle {

    private static final int PURGE_ABOVE = 10_000;
    private final Clock clock;
    private final int maxPerClient;
    private final int maxPerUser;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public InMemoryLoginThrottle(Clock clock, int maxPerClient, int maxPerUser, Duration window) {
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
        if (failures.size() > PURGE_ABOVE) {
            failures.keySet().forEach(key -> failures.computeIfPresent(key, (k, times) -> prune(times, now).isEmpty() ? null : times));
        }
        int byClient = record(clientKey(attempt), maxPerClient, now);
        int byUser = attempt.user().isEmpty() ? 0 : record(userKey(attempt), maxPerUser, now);
        return new Failures(byClient, byUser);
    }

    @Override
    public void succeeded(Attempt attempt) {
        failures.remove(clientKey(attempt));
        failures.remove(userKey(attempt));
    }

    private Duration wait(String key, int max, Instant now) {
        Duration[] wait = {Duration.ZERO};
        failures.computeIfPresent(key, (k, times) -> {
            prune(times, now);
            if (times.size() >= max) {
                wait[0] = Duration.between(now, times.peekFirst().plus(window));
            }
            return times.isEmpty() ? null : times;
        });
        return wait[0];
    }

    private int record(String key, int max, Instant now) {
        int[] count = {0};
        failures.compute(key, (k, existing) -> {
            Deque<Instant> kept = existing == null ? new ArrayDeque<>() : prune(existing, now);
            kept.addLast(now);
            while (kept.size() > max) {
                kept.removeFirst();
            }
            count[0] = kept.size();
            return kept;
        });
        return count[0];
    }

    private Deque<Instant> prune(Deque<Instant> times, Instant now) {
        Instant oldest = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
            times.removeFirst();
        }
        return times;
    }

    private static String clientKey(Attempt attempt) {
        return "client:" + attempt.client();
    }

    private static String userKey(Attempt attempt) {
        return "user:" + attempt.user();
    }
}
