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
 * Guards HTTP Basic sign-in, just before Spring Security's {@code BasicAuthenticationFilter}: a request carrying
 * Basic credentials whose client or user has failed too often within the window is answered 429 with
 * {@code Retry-After} (a problem document) before its password is even checked; otherwise it goes on, and whether it
 * signed in decides what the {@link LoginThrottle} records. Every failure is logged at WARN with the user name and
 * the client (both made printable and short), never with the password.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottleFilter.class);
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
        Duration wait = throttle.retryAfter(attempt);
        if (!wait.isZero() && !wait.isNegative()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            LOG.debug("Sign-in refused for {} s: user '{}' from {}", seconds, printable(attempt.user()), attempt.client());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            problems.write(problems.of(HttpStatus.TOO_MANY_REQUESTS, "problem.TOO_MANY_REQUESTS", "security.throttled",
                    new Object[] {seconds}, request), request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            record(attempt);
        }
    }

    private void record(LoginThrottle.Attempt attempt) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken)) {
            throttle.succeeded(attempt);
            return;
        }
        LoginThrottle.Failures failures = throttle.failed(attempt);
        LOG.warn("Failed sign-in for user '{}' from {} ({} failures from this client, {} for this user within the window)",
                printable(attempt.user()), attempt.client(), failures.byClient(), failures.byUser());
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

    /** A client-sent text fit for one log line: control characters replaced, at most 64 characters. */
    static String printable(String text) {
        String shown = text.codePoints().limit(64)
                .map(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return text.codePointCount(0, text.length()) > 64 ? shown + "…" : shown;
    }
}
