package co.presencia.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Sign-in over HTTP: import reports and job logs are the administrator's; failed sign-ins are logged (user and
 * client, never the password) and, past the limit, answered 429 with {@code Retry-After} even for the right
 * password, until the window has passed.
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
}
