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
public final class InMemoryLoginThrottle extends WindowedLoginThrottle {

    private static final int PURGE_ABOVE = 10_000;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public InMemoryLoginThrottle(Clock clock, int maxPerClient, int maxPerUser, Duration window) {
        super(clock, maxPerClient, maxPerUser, window);
    }

    @Override
    void forgetBefore(Instant oldest) {
        if (failures.size() > PURGE_ABOVE) {
            failures.keySet().forEach(key -> failures.computeIfPresent(key, (k, times) -> prune(times, oldest).isEmpty() ? null : times));
        }
    }

    @Override
    void forget(String key) {
        failures.remove(key);
    }

    @Override
    Duration wait(String key, int max, Instant now) {
        Duration[] wait = {Duration.ZERO};
        failures.computeIfPresent(key, (k, times) -> {
            prune(times, now.minus(window()));
            if (times.size() >= max) {
                wait[0] = Duration.between(now, times.peekFirst().plus(window()));
            }
            return times.isEmpty() ? null : times;
        });
        return wait[0];
    }

    @Override
    int record(String key, int max, Instant now) {
        int[] count = {0};
        failures.compute(key, (k, existing) -> {
            Deque<Instant> kept = existing == null ? new ArrayDeque<>() : prune(existing, now.minus(window()));
            kept.addLast(now);
            while (kept.size() > max) {
                kept.removeFirst();
            }
            count[0] = kept.size();
            return kept;
        });
        return count[0];
    }

    private static Deque<Instant> prune(Deque<Instant> times, Instant oldest) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
            times.removeFirst();
        }
        return times;
    }
}
