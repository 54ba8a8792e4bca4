package co.presencia.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.presencia.work.CallerLeftException;
import co.presencia.work.CallerScope;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Drawn maps kept within a byte budget, and one drawing shared by every caller of the same key at once. */
class KeptImagesTest {

    @Test
    void concurrentCallersOfOneKeyShareOneDrawing() throws Exception {
        KeptImages kept = new KeptImages(0);
        AtomicInteger drawings = new AtomicInteger();
        CountDownLatch drawing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<StaticMaps.Image>> answers = new ArrayList<>();
            answers.add(pool.submit(() -> kept.get("k", () -> {
                drawings.incrementAndGet();
                drawing.countDown();
                await(release);
                return image(10);
            })));
            assertThat(drawing.await(5, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 3; i++) {
                answers.add(pool.submit(() -> kept.get("k", () -> {
                    drawings.incrementAndGet();
                    return image(10);
                })));
            }
            Thread.sleep(100);
            release.countDown();
            StaticMaps.Image first = answers.get(0).get(5, TimeUnit.SECONDS);
            for (Future<StaticMaps.Image> answer : answers) {
                assertThat(answer.get(5, TimeUnit.SECONDS)).isSameAs(first);
            }
            assertThat(drawings).hasValue(1);
            assertThat(kept.bytes()).as("a budget of 0 keeps nothing").isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void keepsWithinTheBudgetLeastRecentlyUsedFirstOut() {
        KeptImages kept = new KeptImages(100);
        AtomicInteger drawings = new AtomicInteger();
        for (String key : List.of("a", "b", "c", "a", "d", "e")) {
            kept.get(key, () -> {
                drawings.incrementAndGet();
                return image(25);
            });
        }
        assertThat(drawings).as("a was kept the second time").hasValue(5);
        assertThat(kept.bytes()).isLessThanOrEqualTo(100);
        kept.get("a", () -> {
            drawings.incrementAndGet();
            return image(25);
        });
        assertThat(drawings).as("a, used recently, outlived b").hasValue(5);
        kept.get("b", () -> {
            drawings.incrementAndGet();
            return image(25);
        });
        assertThat(drawings).hasValue(6);
        kept.get("big", () -> image(60));
        assertThat(kept.bytes()).as("a map over a quarter of the budget is not kept").isLessThanOrEqualTo(100);
    }

    @Test
    void aFailedDrawingIsNotKeptAndReachesItsCaller() {
        KeptImages kept = new KeptImages(1000);
        assertThatThrownBy(() -> kept.get("k", () -> {
            throw new IllegalArgumentException("no units");
        })).hasMessage("no units");
        assertThat(kept.get("k", () -> image(5)).bytes()).hasSize(5);
    }

    @Test
    void whenTheDrawingCallerLeavesACallerThatStillWaitsDrawsInItsPlace() throws Exception {
        KeptImages kept = new KeptImages(1000);
        AtomicInteger drawings = new AtomicInteger();
        CountDownLatch drawing = new CountDownLatch(1);
        CountDownLatch leave = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<StaticMaps.Image> leaver = pool.submit(() -> kept.get("k", () -> {
                drawings.incrementAndGet();
                drawing.countDown();
                await(leave);
                throw new CallerLeftException();   // as a checkpoint throws once this caller has gone
            }));
            assertThat(drawing.await(5, TimeUnit.SECONDS)).isTrue();
            Future<StaticMaps.Image> stayer = pool.submit(() -> CallerScope.run(() -> false, () -> kept.get("k", () -> {
                drawings.incrementAndGet();
                return image(7);
            })));
            Thread.sleep(150);   // the second caller now waits for the first one's drawing
            leave.countDown();
            assertThatThrownBy(() -> leaver.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(CallerLeftException.class);
            assertThat(stayer.get(5, TimeUnit.SECONDS).bytes()).as("drawn for the caller that stayed").hasSize(7);
            assertThat(drawings).hasValue(2);
            assertThat(kept.get("k", () -> image(1)).bytes()).as("and kept").hasSize(7);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aWaitingCallerThatLeavesStopsWaitingWhileTheDrawingGoesOn() throws Exception {
        KeptImages kept = new KeptImages(1000);
        CountDownLatch drawing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<StaticMaps.Image> drawer = pool.submit(() -> kept.get("k", () -> {
                drawing.countDown();
                await(release);
                return image(3);
            }));
            assertThat(drawing.await(5, TimeUnit.SECONDS)).isTrue();
            AtomicBoolean left = new AtomicBoolean();
            Future<StaticMaps.Image> waiter = pool.submit(() -> CallerScope.run(left::get, () -> kept.get("k", () -> image(9))));
            Thread.sleep(100);
            left.set(true);
            assertThatThrownBy(() -> waiter.get(2, TimeUnit.SECONDS)).hasCauseInstanceOf(CallerLeftException.class);
            assertThat(drawer.isDone()).as("the drawing of a caller that stays goes on").isFalse();
            release.countDown();
            assertThat(drawer.get(5, TimeUnit.SECONDS).bytes()).hasSize(3);
        } finally {
            pool.shutdownNow();
        }
    }

    private static StaticMaps.Image image(int bytes) {
        return new StaticMaps.Image(new byte[bytes], "image/png", 1, "\"t\"");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
