package co.presencia.web.system;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code presencia.security.*} (the administrator's name and password are
 * {@code presencia.admin.user} / {@code presencia.admin.password}, see {@link SecurityConfiguration}).
 *
 * @param login          the sign-in throttle
 * @param frameAncestors who may show the map page in a frame: CSP {@code frame-ancestors} sources, e.g.
 *                       {@code 'self' https://www.example.gov.co}; {@code *} (the default) lets any site embed it
 */
@ConfigurationProperties("presencia.security")
public record SecurityProperties(Login login, List<String> frameAncestors) {

    public SecurityProperties {
        login = login == null ? new Login(null, null, null, null) : login;
        frameAncestors = frameAncestors == null || frameAncestors.isEmpty() ? List.of("*") : List.copyOf(frameAncestors);
        for (String source : frameAncestors) {
            if (source.isBlank() || source.chars().anyMatch(c -> c <= ' ' || c == ';' || c == ',' || c == 0x7f)) {
                throw new IllegalArgumentException("presencia.security.frame-ancestors: '" + source
                        + "' is not one CSP source (e.g. 'self', https://www.example.gov.co, *)");
            }
        }
    }

    /**
     * {@code presencia.security.login.*}: failed sign-ins allowed within {@code window} before further attempts
     * answer 429.
     *
     * @param maxFailuresPerClient per client (IP address), default 5
     * @param maxFailuresPerUser   per user name, whatever the client, default 10
     * @param window               the sliding window, default one minute
     * @param shared               whether the failures are counted in the store, for every instance on it (default:
     *                             on PostgreSQL yes, on H2GIS no)
     */
    public record Login(Integer maxFailuresPerClient, Integer maxFailuresPerUser, Duration window, Boolean shared) {
        public Login {
            maxFailuresPerClient = maxFailuresPerClient == null ? 5 : maxFailuresPerClient;
            maxFailuresPerUser = maxFailuresPerUser == null ? 10 : maxFailuresPerUser;
            window = window == null ? Duration.ofMinutes(1) : window;
            if (maxFailuresPerClient < 1 || maxFailuresPerUser < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("presencia.security.login: the limits must be at least 1 and the window positive");
            }
        }
    }
}
