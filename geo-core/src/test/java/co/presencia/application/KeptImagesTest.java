package co.presencia.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
