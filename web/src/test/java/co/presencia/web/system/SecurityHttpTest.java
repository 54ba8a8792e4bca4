package co.presencia.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Sign-in over HTTP: import reports and job logs are the administrator's; failed sign-ins are logged (user and
 * client, never the password) and, past the limit, answered 429 with {@code Retry-After} even for the right
 * password, until the window has passed — also when the guesses come all at once, and whatever the user name.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecurityHttpTest extends SystemHttpTestSupport {

    @Test
    void importReportsAndJobLogsNeedTheAdministrator() {
        for (String path : new String[] {"/api/v1/imports/no-such-job", "/api/v1/imports/no-such-job/rejects.csv",
                "/api/v1/datasets/no-such-dataset/imports"}) {
            HttpResponse<String> anonymous = http.get(path);
            assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("WWW-Authenticate")).as(path).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
            problem(anonymous);
            assertThat(http.get(path, USER, PASSWORD).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(http.get("/api/v1/datasets").statusCode()).isEqualTo(200);
    }

    @Test
    void failedSignInsAreLoggedThrottledWithRetryAfterAndForgottenAfterTheWindow(CapturedOutput output) throws InterruptedException {
        String guess = "Adivina-la-clave-77";
        for (int i = 0; i < FAILURES_PER_CLIENT; i++) {
            assertThat(http.post("/api/v1/targets", "intruso", guess).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> throttled = http.post("/api/v1/targets", "intruso", guess);
        assertThat(throttled.statusCode()).isEqualTo(429);
        long retryAfter = Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 2L);
        assertThat(problem(throttled).path("detail").asString()).contains(Long.toString(retryAfter));
        // The client is blocked, whoever it names and whatever the password: no guess is checked meanwhile.
        assertThat(http.get("/api/v1/imports/no-such-job", USER, PASSWORD).statusCode()).isEqualTo(429);

        assertThat(output.getAll()).contains("Failed sign-in for user 'intruso' from 127.0.0.1").doesNotContain(guess)
                .doesNotContain(PASSWORD);
        Thread.sleep(retryAfter * 1000 + 200);
        assertThat(http.get("/api/v1/imports/no-such-job", USER, PASSWORD).statusCode()).isEqualTo(404);
    }

    @Test
    void credentialsOnAPublicReadAreCheckedToo() {
        assertThat(http.get("/api/v1/departments", USER, "not-the-password").statusCode()).isEqualTo(401);
        assertThat(http.get("/api/v1/departments", USER, PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void guessesSentAllAtOnceGetNoMorePasswordChecksThanTheLimit(CapturedOutput output) throws Exception {
        waitOutTheWindow();
        int burst = 50;
        ExecutorService pool = Executors.newFixedThreadPool(burst);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < burst; i++) {
            String guess = "Rafaga-de-claves-" + i;
            answers.add(pool.submit(() -> {
                start.await();
                return http.post("/api/v1/targets", "rafaga", guess);
            }));
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : answers) {
            responses.add(answer.get());
        }
        long checked = responses.stream().filter(r -> r.statusCode() == 401).count();
        assertThat(checked).isBetween(1L, (long) FAILURES_PER_CLIENT);
        assertThat(responses).filteredOn(r -> r.statusCode() != 401).hasSize(burst - (int) checked).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(429);
            assertThat(r.headers().firstValue("Retry-After")).isPresent();
        });
        assertThat(loggedFailures(output, "rafaga", checked)).as("one WARN line per checked guess").isEqualTo(checked);
        waitOutTheWindow();
    }

    @Test
    void aUserNameWithNulIsCheckedThrottledAndLoggedEscaped(CapturedOutput output) throws InterruptedException {
        anyUserNameIsCheckedThrottledAndLogged("ad\u0000min", "ad\\u0000min", output);
    }

    @Test
    void aUserNameOf5000CharactersIsCheckedThrottledAndLoggedCut(CapturedOutput output) throws InterruptedException {
        anyUserNameIsCheckedThrottledAndLogged("x".repeat(5_000), "x".repeat(64) + "…", output);
    }

    /**
     * Wrong passwords for {@code user} until the throttle answers 429: each one before is a checked 401 problem, and
     * the limit is reached (later than the limit only when the machine is so slow that the first failures left the
     * 2-second window meanwhile).
     */
    private void anyUserNameIsCheckedThrottledAndLogged(String user, String logged, CapturedOutput output)
            throws InterruptedException {
        waitOutTheWindow();
        int checked = 0;
        HttpResponse<String> answer = http.post("/api/v1/targets", user, "Adivina-la-clave-77");
        while (answer.statusCode() == 401 && checked < 10 * FAILURES_PER_CLIENT) {
            problem(answer);
            checked++;
            answer = http.post("/api/v1/targets", user, "Adivina-la-clave-77");
        }
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(429);
        assertThat(checked).isGreaterThanOrEqualTo(FAILURES_PER_CLIENT);
        assertThat(output.getAll()).contains("Failed sign-in for user '" + logged + "' from 127.0.0.1 (" + FAILURES_PER_CLIENT
                + " failures from this client").doesNotContain("ERROR");
        waitOutTheWindow();
    }

    /**
     * The "Failed sign-in" lines logged for {@code user}, read once {@code expected} are there or after 5 s: a
     * request's line is written after its 401 has been sent, so the last answers of a burst may arrive first.
     */
    private static long loggedFailures(CapturedOutput output, String user, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (true) {
            long logged = Arrays.stream(output.getAll().split("\n"))
                    .filter(line -> line.contains("Failed sign-in for user '" + user + "'")).count();
            if (logged >= expected || System.nanoTime() > deadline) {
                return logged;
            }
            Thread.sleep(20);
        }
    }

    /** Waits until the throttle's window has passed for this client, so the next test may sign in. */
    private void waitOutTheWindow() throws InterruptedException {
        HttpResponse<String> answer = http.get("/api/v1/imports/no-such-job", USER, PASSWORD);
        while (answer.statusCode() == 429) {
            Thread.sleep(Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow()) * 1000 + 100);
            answer = http.get("/api/v1/imports/no-such-job", USER, PASSWORD);
        }
        assertThat(answer.statusCode()).isEqualTo(404);
    }
}
