package co.presencia.web.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything reads it, a query string the application cannot use: one that does not decode (a bad
 * {@code %} sequence — Tomcat 11 throws on the first {@code getParameter}, which would otherwise surface as a 500
 * from whichever controller asked first) and a parameter name or value holding a control character ({@code %00}
 * NUL and the other C0 characters, DEL), which no parameter of this API takes and which some stores refuse. Each is
 * a 400 problem (OGC exception under {@code /ogc}) naming the parameter when there is one. Only the query string
 * is read, decoded here as Tomcat decodes it (UTF-8, {@code +} as a space), never through {@code getParameter}: that
 * would parse a form or multipart body, an upload included.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class QueryStringCheck extends OncePerRequestFilter {

    private final Problems problems;

    public QueryStringCheck(Problems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query == null) {
            chain.doFilter(request, response);
            return;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name;
            String value;
            try {
                name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                problems.write(problems.of(HttpStatus.BAD_REQUEST, "problem.INVALID_PARAMETER", "parameter.undecodable", null,
                        request), request, response);
                return;
            }
            if (hasControlCharacter(name) || hasControlCharacter(value)) {
                String shown = printable(name);
                ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, "problem.INVALID_PARAMETER",
                        "parameter.controlCharacter", new Object[] {shown}, request);
                problem.setProperty("parameter", shown);
                problems.write(problem, request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    /** The name as it can be shown: control characters as {@code U+0000}. */
    private static String printable(String name) {
        StringBuilder out = new StringBuilder();
        name.chars().limit(100).forEach(c -> {
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format(java.util.Locale.ROOT, "U+%04X", c));
            } else {
                out.append((char) c);
            }
        });
        return out.toString();
    }
}
