package co.presencia.web.http;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Optional;
import org.springframework.http.ETag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The one conditional-request check of the endpoints that send an ETag (RFC 9110 §13.1.2 {@code If-None-Match}):
 * for GET and HEAD, a request whose {@code If-None-Match} lists the current tag, compared weakly ({@code W/"x"}
 * matches {@code "x"}), or is {@code *}, is answered 304 Not Modified without a body. Tags are parsed by Spring's
 * {@link ETag}. (Spring's own {@code checkNotModified} ignores {@code *} on GET; the RFC says the condition is then
 * false, so 304, which is what these endpoints have always answered.)
 */
public final class ConditionalRequest {

    private ConditionalRequest() {
    }

    /**
     * The bodiless 304 answer, with the ETag, when the client's copy is current; empty when the body must be sent.
     * Call it before building the body, so a revalidation costs nothing.
     */
    public static Optional<ResponseEntity.BodyBuilder> notModified(HttpServletRequest request, String etag) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return Optional.empty();
        }
        ETag current = ETag.create(etag);
        for (String header : Collections.list(request.getHeaders(HttpHeaders.IF_NONE_MATCH))) {
            for (ETag requested : ETag.parse(header)) {
                if (requested.isWildcard() || requested.compare(current, false)) {
                    return Optional.of(ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag));
                }
            }
        }
        return Optional.empty();
    }
}
