package co.presencia.web.system;

import co.presencia.error.BusyException;
import co.presencia.work.CallerLeftException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs OGC feature pages with a large {@code limit} ({@code /ogc/collections/{id}/items?limit=} above
 * {@link ExpensiveWork#pageThreshold()}) through the {@code pages} lane of {@link ExpensiveWork}: beyond its turns
 * and wait, a 503 OGC exception with {@code Retry-After}. Small pages, the common case, pass untouched. A filter,
 * because the OGC API's controller only translates and the limit is this instance's concern.
 */
final class LargePageLimit extends OncePerRequestFilter {

    private static final Pattern ITEMS = Pattern.compile("/ogc/collections/[^/]+/items/?");
    private final ExpensiveWork work;
    private final Problems problems;

    LargePageLimit(ExpensiveWork work, Problems problems) {
        this.work = work;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ITEMS.matcher(request.getRequestURI()).matches() || limit(request.getQueryString()) <= work.pageThreshold();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            work.pages().run(() -> {
                try {
                    chain.doFilter(request, response);
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (ServletException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (BusyException e) {
            response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
            problems.write(problems.of(e, request), request, response);
        } catch (CallerLeftException e) {
            // left while waiting for a turn: nothing was done for it
            response.setHeader(HttpHeaders.CONNECTION, "close");
            problems.write(problems.callerLeftProblem(request), request, response);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof ServletException servlet) {
                throw servlet;
            }
            throw e;
        }
    }

    /** The {@code limit} of a query string as a number (0 when absent or not a number; the API answers those). */
    static long limit(String query) {
        if (query == null) {
            return 0;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("limit=")) {
                String value = pair.substring(6);
                if (value.isEmpty() || value.length() > 12 || !value.chars().allMatch(Character::isDigit)) {
                    return 0;
                }
                return Long.parseLong(value);
            }
        }
        return 0;
    }
}
