package co.presencia.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Cooperative stops: checkpoints ask the thread's caller, seldom, and only inside a scope. */
class CallerScopeTest {

    /** A caller that always waits. */
    private static final Caller STAYS = () -> false;

    @Test
    void outsideAScopeACheckpointDoesNothing() {
        CallerScope.checkpoint();
        assertThat(CallerScope.callerHasLeft()).isFalse();
    }

    @Test
    void quickWorkNeverAsksItsCallerAndLongWorkAsksSeldom() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        Caller counting = () -> {
            asked.incrementAndGet();
            return false;
        };
        CallerScope.run(counting, () -> {
            for (int i = 0; i < 1_000; i++) {
                CallerScope.checkpoint();
            }
            return null;
        });
        assertThat(asked).as("work shorter than the interval never asks").hasValue(0);
        long millis = 3 * CallerScope.PROBE_INTERVAL.toMillis();
        CallerScope.run(counting, () -> {
            long end = System.nanoTime() + millis * 1_000_000;
            while (System.nanoTime() < end) {
                CallerScope.checkpoint();
            }
            return null;
        });
        assertThat(asked.get()).as("about once per interval, not once per checkpoint").isBetween(1, 4);
    }

    @Test
    void aCallerThatLeftStopsTheNextCheckpointAndIsNotAskedAgain() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        Caller gone = () -> {
            asked.incrementAndGet();
            return true;
        };
        assertThatThrownBy(() -> CallerScope.run(gone, () -> {
            while (true) {
                CallerScope.checkpoint();
            }
        })).isInstanceOf(CallerLeftException.class);
        assertThat(asked).hasValue(1);
        CallerScope.run(gone, () -> {
            assertThat(CallerScope.callerHasLeft()).isTrue();
            assertThat(CallerScope.callerHasLeft()).isTrue();
            return null;
        });
        assertThat(asked).as("asked at once by callerHasLeft, then remembered").hasValue(2);
    }

    @Test
    void scopesNestAndEndWithTheirTask() {
        AtomicBoolean outerLeft = new AtomicBoolean(true);
        CallerScope.run(outerLeft::get, () -> CallerScope.run(STAYS, () -> {
            assertThat(CallerScope.callerHasLeft()).as("the inner caller applies").isFalse();
            return null;
        }));
        CallerScope.run(STAYS, () -> {
            try (CallerScope.Scope inner = CallerScope.enter(outerLeft::get)) {
                assertThat(CallerScope.callerHasLeft()).isTrue();
            }
            assertThat(CallerScope.callerHasLeft()).as("the outer one again after the inner scope").isFalse();
            return null;
        });
        assertThat(CallerScope.callerHasLeft()).as("no scope after the last one ended").isFalse();
    }
}
