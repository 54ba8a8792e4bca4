package co.presencia.web.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Content-Security-Policy header value, built directive by directive ({@code default-src 'none'},
 * {@code style-src 'sha256-…'}, ...). Immutable: each {@code with} answers a new policy. {@link #hash} gives the
 * source that allows one inline {@code <style>} or event handler by its SHA-256, so pages keep a fixed inline text
 * without opening {@code 'unsafe-inline'}.
 */
public final class ContentSecurityPolicy {

    private final Map<String, List<String>> directives;

    private ContentSecurityPolicy(Map<String, List<String>> directives) {
        this.directives = directives;
    }

    /** Nothing allowed: {@code default-src 'none'}, no {@code <base>}, forms only to this origin, no plugins. */
    public static ContentSecurityPolicy none() {
        return new ContentSecurityPolicy(new LinkedHashMap<>()).with("default-src", "'none'").with("base-uri", "'none'")
                .with("form-action", "'self'").with("object-src", "'none'");
    }

    /** This policy with {@code directive} set to {@code sources} (replacing what it had). */
    public ContentSecurityPolicy with(String directive, String... sources) {
        return with(directive, List.of(sources));
    }

    /** This policy with {@code directive} set to {@code sources} (replacing what it had). */
    public ContentSecurityPolicy with(String directive, List<String> sources) {
        Map<String, List<String>> copy = new LinkedHashMap<>(directives);
        copy.put(directive, List.copyOf(sources));
        return new ContentSecurityPolicy(copy);
    }

    /** The source {@code 'sha256-…'} that allows exactly {@code inline} (a {@code <style>} body, a handler's code). */
    public static String hash(String inline) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(inline.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** The header value: {@code directive source source; directive source; …}. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        directives.forEach((name, sources) -> parts.add(sources.isEmpty() ? name : name + " " + String.join(" ", sources)));
        return String.join("; ", parts);
    }
}
