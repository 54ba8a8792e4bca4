package co.presencia.web.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link LoginThrottle} for one instance: the failures of each client and each user, in memory (each key's failures
 * are only touched inside the map's atomic {@code compute}, so an add and the count after it are one step, as the
 * rule of {@link WindowedLoginThrottle} needs). A key keeps its failures within the window — at most its limit plus
 * the attempts in flight, since a refused attempt takes its own back — and disappears once they all left the window,
 * so memory is bounded by the clients and users that failed within the last window.
 */
public final class InMemoryLoginThrottle extends WindowedLoginThrottle {

    private static final int PURGE_ABOVE = 10_000;
    private final Map<String, Deque<Failure>> failures = new ConcurrentHashMap<>();

    public InMemoryLoginThrottle(Clock clock, int maxPerClient, int maxPerUser, Duration window) {
        super(clock, maxPerClient, maxPerUser, window);
    }

    @Override
    void forgetBefore(Instant oldest) {
        if (failures.size() > PURGE_ABOVE) {
            failures.keySet().forEach(key -> failures.computeIfPresent(key, (k, kept) -> prune(kept, oldest).isEmpty() ? null : kept));
        }
    }

    @Override
    void forget(String key) {
        failures.remove(key);
    }

    @Override
    Duration wait(String key, int max, Instant now) {
        Duration[] wait = {Duration.ZERO};
        failures.computeIfPresent(key, (k, kept) -> {
            prune(kept, now.minus(window()));
            if (kept.size() >= max) {
                Iterator<Failure> newestFirst = kept.descendingIterator();
                for (int i = 1; i < max; i++) {
                    newestFirst.next();
                }
                wait[0] = Duration.between(now, newestFirst.next().at().plus(window()));
            }
            return kept.isEmpty() ? null : kept;
        });
        return wait[0];
    }

    @Override
    int add(String attempt, String key, Instant now) {
        int[] count = {0};
        failures.compute(key, (k, existing) -> {
            Deque<Failure> kept = existing == null ? new ArrayDeque<>() : prune(existing, now.minus(window()));
            kept.addLast(new Failure(attempt, now));
            count[0] = kept.size();
            return kept;
        });
        return count[0];
    }

    @Override
    void remove(String attempt, String key) {
        failures.computeIfPresent(key, (k, kept) -> {
            kept.removeIf(failure -> failure.attempt().equals(attempt));
            return kept.isEmpty() ? null : kept;
        });
    }

    private static Deque<Failure> prune(Deque<Failure> kept, Instant oldest) {
        while (!kept.isEmpty() && !kept.peekFirst().at().isAfter(oldest)) {
            kept.removeFirst();
        }
        return kept;
    }

    /** A failure kept for a key: which attempt, and when. */
    private record Failure(String attempt, Instant at) {
    }
}
