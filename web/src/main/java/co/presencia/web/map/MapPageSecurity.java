package co.presencia.web.map;

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
 * everywhere else is left out. Only GET and HEAD are allowed here; the API keeps the main chain's rules and headers.
 */
@Configuration(proxyBeanMethods = false)
class MapPageSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain mapPageChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/", "/index.html", "/map/**", "/webjars/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .anyRequest().denyAll())
                .headers(headers -> headers.frameOptions(frame -> frame.disable()));
        return http.build();
    }
}
