package co.presencia.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The HTML pages carry a Content-Security-Policy: the map page loads only this origin's scripts and styles and may
 * be framed by any site (as before, the embed snippet); the OGC pages load nothing, allow exactly their own inline
 * style and may not be framed. JSON documents get no page policy.
 */
class HeadersHttpTest extends SystemHttpTestSupport {

    private static final String CSP = "Content-Security-Policy";

    private static String policy(HttpResponse<String> response) {
        return response.headers().firstValue(CSP).orElse("");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/index.html"})
    void theMapPageLoadsOnlyThisOriginAndMayBeEmbedded(String path) {
        HttpResponse<String> page = http.get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        String policy = policy(page);
        assertThat(policy).contains("default-src 'none'", "script-src 'self';", "style-src 'self';", "connect-src 'self'",
                "img-src 'self' data: blob:", "object-src 'none'", "frame-ancestors *")
                .doesNotContain("unsafe-eval").doesNotContain("unsafe-hashes").doesNotContain("unsafe-inline");
        assertThat(page.headers().firstValue("X-Frame-Options")).isEmpty();
        // What the policy allows is what the page uses: same-origin scripts and styles, nothing inline.
        assertThat(page.body()).doesNotContain("<style").doesNotContainPattern("<script(?![^>]*\\ssrc=\"/)")
                .doesNotContainPattern("src=\"(https?:)?//").doesNotContainPattern("<link[^>]*href=\"(https?:)?//")
                .doesNotContainPattern("\\son[a-z]+=\"").doesNotContain(" style=\"");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/ogc?f=html", "/ogc/collections?f=html", "/ogc/collections/municipalities/items?f=html&limit=2",
            "/ogc/collections/municipalities/items/05001?f=html"})
    void theOgcPagesAllowOnlyTheirOwnFilesAndNoFraming(String path) {
        HttpResponse<String> page = http.get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        String policy = policy(page);
        assertThat(policy).contains("default-src 'none'", "style-src 'self'", "script-src 'self'", "connect-src 'self'",
                "frame-ancestors 'none'").doesNotContain("unsafe-inline", "unsafe-eval");
        // What the policy allows is what the pages use: a style sheet and, on a feature's page, a module, both files.
        assertThat(page.body()).doesNotContain("<style").doesNotContainPattern("<script(?![^>]*\\ssrc=\")")
                .doesNotContainPattern("\\son[a-z]+=\"");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/ogc?f=json", "/api/v1/departments"})
    void documentsGetNoPagePolicy(String path) {
        HttpResponse<String> document = http.get(path);
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(policy(document)).isEmpty();
        assertThat(document.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void hashesAreTheBase64OfSha256() {
        // printf 'return false' | openssl dgst -sha256 -binary | base64
        assertThat(ContentSecurityPolicy.hash("return false")).isEqualTo("'sha256-GZIcz60Uwd6wT3vaYke/atSr53TehbYAPepOa3d03Vw='");
        assertThat(ContentSecurityPolicy.none().with("img-src", "'self'", "data:").toString())
                .isEqualTo("default-src 'none'; base-uri 'none'; form-action 'self'; object-src 'none'; img-src 'self' data:");
    }
}
