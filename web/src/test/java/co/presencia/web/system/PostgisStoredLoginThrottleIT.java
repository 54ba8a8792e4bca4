package co.presencia.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.cluster.SignInFailures;
import co.presencia.spatial.sql.Database;
import co.presencia.testing.TestDatabases;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The shared throttle's contract on PostGIS, and what makes it shared: two throttles (two instances) on one store
 * count one client's failures together, and a refusal by one holds on the other.
 */
class PostgisStoredLoginThrottleIT extends LoginThrottleContract {

    private final Database database = TestDatabases.postgis();

    @Override
    int concurrentAttempts() {
        return 100;
    }

    @Override
    LoginThrottle throttle(int maxPerClient, int maxPerUser, Duration window) {
        return new StoredLoginThrottle(new SignInFailures(database), clock, maxPerClient, maxPerUser, window);
    }

    @Test
    void twoInstancesCountOneClientTogether() {
        LoginThrottle one = throttle(4, 100, Duration.ofMinutes(1));
        LoginThrottle other = throttle(4, 100, Duration.ofMinutes(1));
        LoginThrottle.Attempt attempt = new LoginThrottle.Attempt("192.0.2.7", "admin");
        one.admit(attempt);
        other.admit(attempt);
        one.admit(attempt);
        assertThat(other.admit(attempt).failures().byClient()).isEqualTo(4);
        assertThat(one.admit(attempt).retryAfter()).isEqualTo(Duration.ofMinutes(1));
        assertThat(other.admit(attempt).retryAfter()).isEqualTo(Duration.ofMinutes(1));
        other.succeeded(attempt);
        assertThat(one.admit(attempt).admitted()).isTrue();
    }
}
