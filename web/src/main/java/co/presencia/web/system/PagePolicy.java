package co.presencia.web.system;

/**
 * The Content-Security-Policy of the HTML a package writes under {@code pathPrefix} ({@code /ogc}): a bean each such
 * package declares, which {@link PagePolicies} sets on its HTML responses.
 *
 * @param pathPrefix the path the pages live under; a request matches it or a sub-path of it
 * @param policy     the policy those pages get
 */
public record PagePolicy(String pathPrefix, ContentSecurityPolicy policy) {

    boolean covers(String path) {
        return path != null && (path.equals(pathPrefix) || path.startsWith(pathPrefix.endsWith("/") ? pathPrefix : pathPrefix + "/"));
    }
}
