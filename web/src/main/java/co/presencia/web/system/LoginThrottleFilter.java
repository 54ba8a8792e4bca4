package co.presencia.web.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards HTTP Basic sign-in, just before Spring Security's {@code BasicAuthenticationFilter}: every request carrying
 * Basic credentials is first counted by the {@link LoginThrottle} as a failure of its client and its user, and goes
 * on to the password check only if that keeps both within their limits; otherwise it is answered 429 with
 * {@code Retry-After} (a problem document) without a check, so requests sent at once get no more checks than the
 * limit. A success clears the counts; a failure is logged at WARN with the user name and the client (both made
 * printable and short), never with the password. A throttle that cannot count (its store is down) refuses the
 * attempt with 503 rather than let it through unchecked.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottleFilter.class);
    private static final int SHOWN = 64;
    private final LoginThrottle throttle;
    private final Problems problems;

    LoginThrottleFilter(LoginThrottle throttle, Problems problems) {
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            chain.doFilter(request, response);
            return;
        }
        LoginThrottle.Attempt attempt = new LoginThrottle.Attempt(String.valueOf(request.getRemoteAddr()), userName(header));
        LoginThrottle.Admission admission;
        try {
            admission = throttle.admit(attempt);
        } catch (RuntimeException e) {
            LOG.error("Sign-in of user '{}' from {} refused: the throttle could not count it", printable(attempt.user()),
                    printable(attempt.client()), e);
            problems.write(problems.of(HttpStatus.SERVICE_UNAVAILABLE, request), request, response);
            return;
        }
        if (!admission.admitted()) {
            long seconds = Math.max(1, (admission.retryAfter().toMillis() + 999) / 1000);
            LOG.debug("Sign-in refused for {} s: user '{}' from {}", seconds, printable(attempt.user()), printable(attempt.client()));
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            problems.write(problems.of(HttpStatus.TOO_MANY_REQUESTS, "problem.TOO_MANY_REQUESTS", "security.throttled",
                    new Object[] {seconds}, request), request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            settle(attempt, admission.failures());
        }
    }

    /** After the check: a success clears the counts (its failure was counted up front); a failure is logged. */
    private void settle(LoginThrottle.Attempt attempt, LoginThrottle.Failures failures) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || !signedIn.isAuthenticated() || signedIn instanceof AnonymousAuthenticationToken) {
            LOG.warn("Failed sign-in for user '{}' from {} ({} failures from this client, {} for this user within the window)",
                    printable(attempt.user()), printable(attempt.client()), failures.byClient(), failures.byUser());
            return;
        }
        try {
            throttle.succeeded(attempt);
        } catch (RuntimeException e) {
            LOG.error("Signed in user '{}' from {}, but the throttle could not clear its failures", printable(attempt.user()),
                    printable(attempt.client()), e);
        }
    }

    /** The user name of Basic credentials, lower case as the user store compares it; empty when unreadable. */
    static String userName(String header) {
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return (colon < 0 ? "" : decoded.substring(0, colon)).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /**
     * A client-sent text fit for one log line: at most 64 of its characters, then {@code …}; a backslash doubled,
     * and every control or format character written as a Java escape (newline as backslash-n, NUL as backslash-u0000),
     * so a name can neither forge a line nor hide what it held.
     */
    static String printable(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().limit(SHOWN).forEach(c -> {
            if (c == '\\') {
                shown.append("\\\\");
            } else if (c == '\n' || c == '\r' || c == '\t') {
                shown.append(c == '\n' ? "\\n" : c == '\r' ? "\\r" : "\\t");
            } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                shown.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return text.codePointCount(0, text.length()) > SHOWN ? shown.append('…').toString() : shown.toString();
    }
}
