package co.presencia.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Forwarded headers are honoured from trusted proxies only (presencia.http.trusted-proxies). */
class ForwardedHeadersTest {

    private static String seenBase(ForwardedHeaders.TrustedProxyFilter filter, String remoteAddress) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/ogc");
        request.setRemoteAddr(remoteAddress);
        request.setServerName("localhost");
        request.setServerPort(8080);
        request.addHeader("X-Forwarded-Proto", "https");
        request.addHeader("X-Forwarded-Host", "datos.example.gov.co");
        request.addHeader("X-Forwarded-Port", "443");
        request.addHeader("X-Forwarded-Prefix", "/presencia");
        AtomicReference<String> base = new AtomicReference<>();
        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            base.set(ServletUriComponentsBuilder.fromContextPath((HttpServletRequest) req).path("/ogc").toUriString());
            assertThat(((HttpServletRequest) req).getHeader("X-Forwarded-Host")).as("removed once used or refused").isNull();
        });
        return base.get();
    }

    @Test
    @DisplayName("a trusted proxy's X-Forwarded-Proto/Host/Port/Prefix become the links' base URL")
    void trustedProxyHeadersAreHonoured() throws Exception {
        ForwardedHeaders.TrustedProxyFilter filter = new ForwardedHeaders.TrustedProxyFilter(List.of("10.0.0.0/8", "127.0.0.1"));
        assertThat(seenBase(filter, "10.1.2.3")).isEqualTo("https://datos.example.gov.co/presencia/ogc");
        assertThat(seenBase(filter, "127.0.0.1")).isEqualTo("https://datos.example.gov.co/presencia/ogc");
    }

    @Test
    @DisplayName("anyone else's forwarded headers are removed, and an empty list trusts nobody")
    void untrustedHeadersAreRemoved() throws Exception {
        assertThat(seenBase(new ForwardedHeaders.TrustedProxyFilter(List.of("10.0.0.0/8")), "192.168.1.9"))
                .isEqualTo("http://localhost:8080/ogc");
        ForwardedHeaders.TrustedProxyFilter none = new ForwardedHeaders.TrustedProxyFilter(List.of(""));
        assertThat(none.trusts("127.0.0.1")).isFalse();
        assertThat(seenBase(none, "127.0.0.1")).isEqualTo("http://localhost:8080/ogc");
        assertThat(new ForwardedHeaders.TrustedProxyFilter(List.of("127.0.0.0/8", "::1")).trusts("0:0:0:0:0:0:0:1")).isTrue();
    }
}
