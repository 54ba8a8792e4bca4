package co.presencia.web.map;

import co.presencia.web.system.ContentSecurityPolicy;
import co.presencia.web.system.SecurityProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The map page and its static files may be framed by other sites (the "Insertar" snippet embeds the current view
 * in an iframe), so for these read-only paths only, the {@code X-Frame-Options: DENY} header Spring Security adds
 * everywhere else is left out, and who may frame them is the Content-Security-Policy's {@code frame-ancestors}
 * ({@code presencia.security.frame-ancestors}, any site by default). Only GET and HEAD are allowed here; the API keeps
 * the main chain's rules and headers.
 *
 * <p>The policy lets the page load scripts, styles, fonts and data from this origin only (Leaflet from its WebJar),
 * images also from the optional base map's origin and as {@code data:}/{@code blob:} (the PNG export), and nothing
 * else: no inline script, handler, {@code <style>} element or {@code style} attribute (the page has none: its legend
 * swatches are SVG, Leaflet styles through the CSSOM, which a policy does not restrict).
 */
@Configuration(proxyBeanMethods = false)
class MapPageSecurity {

    private static final Pattern ORIGIN = Pattern.compile("^(https?)://([^/?#]+)");

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain mapPageChain(HttpSecurity http, SecurityProperties security,
                                     @Value("${presencia.map.basemap-url:}") String basemapUrl) throws Exception {
        String policy = policy(security.frameAncestors(), basemapUrl).toString();
        http.securityMatcher("/", "/index.html", "/map/**", "/webjars/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .anyRequest().denyAll())
                .headers(headers -> headers.frameOptions(frame -> frame.disable())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(policy)));
        return http.build();
    }

    static ContentSecurityPolicy policy(List<String> frameAncestors, String basemapUrl) {
        List<String> images = new ArrayList<>(List.of("'self'", "data:", "blob:"));
        String tiles = tileSource(basemapUrl);
        if (tiles != null) {
            images.add(tiles);
        }
        return ContentSecurityPolicy.none()
                .with("script-src", "'self'")
                .with("style-src", "'self'")
                .with("img-src", images)
                .with("font-src", "'self'")
                .with("connect-src", "'self'")
                .with("base-uri", "'self'")
                .with("frame-ancestors", frameAncestors);
    }

    /**
     * The CSP source of a tile URL template: its scheme and host, a {@code {s}} sub-domain placeholder as {@code *}
     * ({@code https://{s}.tile.example.org/{z}/{x}/{y}.png} → {@code https://*.tile.example.org}); when the host
     * cannot be written as a source, the scheme alone; null without a base map.
     */
    static String tileSource(String template) {
        if (template == null || template.isBlank()) {
            return null;
        }
        Matcher m = ORIGIN.matcher(template.strip());
        if (!m.find()) {
            return null;
        }
        String host = m.group(2).replaceAll("\\{[^}]*}", "*");
        boolean writable = host.matches("(\\*\\.)?[A-Za-z0-9.-]+(:\\d+)?");
        return writable ? m.group(1) + "://" + host : m.group(1) + ":";
    }
}
