package co.presencia.web.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.stereotype.Component;

/**
 * Sets the declared {@link PagePolicy page policies}: a response of type {@code text/html} under a policy's path
 * gets its {@code Content-Security-Policy}, unless the response set one itself. Spring Security calls it when the
 * response is committed, when its type is known; JSON and other documents are left alone.
 */
@Component
public class PagePolicies implements HeaderWriter {

    static final String HEADER = "Content-Security-Policy";
    private final ObjectProvider<PagePolicy> policies;

    public PagePolicies(ObjectProvider<PagePolicy> policies) {
        this.policies = policies;
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (!isHtml(response.getContentType()) || response.containsHeader(HEADER)) {
            return;
        }
        String path = Problems.originalPath(request);
        policies.orderedStream().filter(p -> p.covers(path)).findFirst()
                .ifPresent(p -> response.setHeader(HEADER, p.policy().toString()));
    }

    private static boolean isHtml(String contentType) {
        try {
            return contentType != null && MediaType.TEXT_HTML.isCompatibleWith(MediaType.parseMediaType(contentType));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
