package co.presencia.web.system;

import co.presencia.cluster.SignInFailures;
import co.presencia.spatial.sql.Database;
import co.presencia.testing.TestDatabases;
import java.time.Duration;

/** The shared throttle's contract on an H2GIS store (the same table and statements as on PostgreSQL). */
class H2gisStoredLoginThrottleTest extends LoginThrottleContract {

    private final Database database = TestDatabases.h2gis();

    @Override
    int concurrentAttempts() {
        return 100;
    }

    @Override
    LoginThrottle throttle(int maxPerClient, int maxPerUser, Duration window) {
        return new StoredLoginThrottle(new SignInFailures(database), clock, maxPerClient, maxPerUser, window);
    }
}
