package co.presencia.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.application.WorkLimit;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** OGC feature pages above the threshold take a turn of the {@code pages} lane; small pages and other paths do not. */
class LargePageLimitTest {

    private final WorkLimit pages = new WorkLimit("pages", 1, Duration.ZERO);
    private final LargePageLimit filter = new LargePageLimit(
            new ExpensiveWork(WorkLimit.none("downloads"), WorkLimit.none("documents"), pages, 1000),
            new Problems(new StaticMessageSource(), new Language()));

    @Test
    void aLargePageBeyondTheTurnsIsA503OgcExceptionWithRetryAfter() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> first = pool.submit(() -> {
                MockHttpServletResponse response = new MockHttpServletResponse();
                filter.doFilter(items("limit=5000"), response, (req, res) -> {
                    inside.countDown();
                    await(release);
                });
                return response.getStatus();
            });
            assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
            MockHttpServletResponse refused = new MockHttpServletResponse();
            filter.doFilter(items("f=json&limit=10000"), refused, (req, res) -> {
                throw new AssertionError("must not run");
            });
            assertThat(refused.getStatus()).isEqualTo(503);
            assertThat(refused.getHeader("Retry-After")).matches("[1-9][0-9]*");
            assertThat(refused.getContentAsString()).contains("\"code\":\"ServiceUnavailable\"");
            MockHttpServletResponse small = new MockHttpServletResponse();
            boolean[] ran = {false};
            filter.doFilter(items("limit=1000"), small, (req, res) -> ran[0] = true);
            assertThat(ran[0]).as("a page at the threshold passes untouched").isTrue();
            release.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(200);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void readsTheLimitOfTheQueryOnly() {
        assertThat(LargePageLimit.limit("f=json&limit=2500&offset=10")).isEqualTo(2500);
        assertThat(LargePageLimit.limit("limit=abc")).isZero();
        assertThat(LargePageLimit.limit("xlimit=9999")).isZero();
        assertThat(LargePageLimit.limit(null)).isZero();
    }

    private static MockHttpServletRequest items(String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/ogc/collections/interventions/items");
        request.setQueryString(query);
        return request;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
