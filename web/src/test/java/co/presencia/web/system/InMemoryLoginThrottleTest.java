package co.presencia.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The throttle of one instance, and how the filter reads user names for it. */
class InMemoryLoginThrottleTest extends LoginThrottleContract {

    @Override
    LoginThrottle throttle(int maxPerClient, int maxPerUser, Duration window) {
        return new InMemoryLoginThrottle(clock, maxPerClient, maxPerUser, window);
    }

    @Test
    void userNamesAreReadFromBasicCredentialsAndMadePrintableForTheLog() {
        String header = "Basic " + java.util.Base64.getEncoder().encodeToString("Admin:se:creta".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(LoginThrottleFilter.userName(header)).isEqualTo("admin");
        assertThat(LoginThrottleFilter.userName("Basic %%%")).isEmpty();
        assertThat(LoginThrottleFilter.printable("evil\r\nFAKE LOG LINE")).isEqualTo("evil\\r\\nFAKE LOG LINE");
        assertThat(LoginThrottleFilter.printable("a\u0000b\\u0000\u202e")).isEqualTo("a\\u0000b\\\\u0000\\u202e");
        assertThat(LoginThrottleFilter.printable("x".repeat(100))).hasSize(65).endsWith("…");
    }
}
