package co.presencia.web.http;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A reverse proxy's {@code Forwarded} and {@code X-Forwarded-Proto/Host/Port/Prefix} headers, honoured with Spring's
 * {@link ForwardedHeaderFilter} when the request comes from a trusted address, and removed otherwise, so that links
 * the service writes ({@code next}, {@code service-desc}, downloads) name the proxy's URL and nobody else can
 * rewrite them. Trusted addresses: {@code presencia.http.trusted-proxies}, a comma-separated list of addresses or
 * CIDR ranges (default loopback, for a proxy on the same host; empty trusts none). Runs before every other filter.
 */
@Configuration(proxyBeanMethods = false)
public class ForwardedHeaders {

    @Bean
    FilterRegistrationBean<TrustedProxyFilter> forwardedHeaderFilter(
            @Value("${presencia.http.trusted-proxies:127.0.0.0/8,::1}") List<String> trustedProxies) {
        FilterRegistrationBean<TrustedProxyFilter> registration = new FilterRegistrationBean<>(new TrustedProxyFilter(trustedProxies));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }

    /** Applies the forwarded headers of requests from a trusted address and strips them from any other. */
    public static final class TrustedProxyFilter extends OncePerRequestFilter {
        private final List<IpAddressMatcher> trusted;
        private final ForwardedHeaderFilter honour = new ForwardedHeaderFilter();
        private final ForwardedHeaderFilter strip = new ForwardedHeaderFilter();

        public TrustedProxyFilter(List<String> trustedProxies) {
            this.trusted = trustedProxies.stream().map(String::strip).filter(s -> !s.isEmpty()).map(IpAddressMatcher::new).toList();
            strip.setRemoveOnly(true);
        }

        /** Whether a request from {@code address} may say where it was forwarded from. */
        public boolean trusts(String address) {
            return trusted.stream().anyMatch(m -> m.matches(address));
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            (trusts(request.getRemoteAddr()) ? honour : strip).doFilter(request, response, chain);
        }
    }
}
