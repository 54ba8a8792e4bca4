package co.presencia.web.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a response: Spanish first, English second. A {@code lang=es|en} query parameter wins (the
 * portal's own switch, and links people share); else the best of {@code Accept-Language}; else Spanish.
 */
public final class Language implements LocaleResolver {

    public static final Locale SPANISH = Locale.forLanguageTag("es");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final List<Locale> SUPPORTED = List.of(SPANISH, ENGLISH);

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        String lang = queryParameter(request.getQueryString(), "lang");
        if (lang != null) {
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equalsIgnoreCase(lang.strip())) {
                    return supported;
                }
            }
        }
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return SPANISH;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return best == null ? SPANISH : best;
        } catch (IllegalArgumentException e) {
            return SPANISH;
        }
    }

    /**
     * The first value of {@code name} in the query string, or null. Read from the query string alone, never with
     * {@code getParameter}: that would parse a form body, and it throws on a query that does not decode — the
     * language of the very error that says so must still be found.
     */
    static String queryParameter(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                try {
                    return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("The language follows each request (lang or Accept-Language)");
    }
}
