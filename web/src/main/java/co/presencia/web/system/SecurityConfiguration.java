package co.presencia.web.system;

import co.presencia.text.JsonText;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may do what: every GET/HEAD (API, {@code /ogc/**}, the page, static files, {@code /actuator/health},
 * {@code /v3/api-docs}) is public; every other method (imports, dataset PUT/DELETE, target edits, any future write)
 * needs the administrator over HTTP Basic. Stateless (no session, so no CSRF token: there is no cookie to ride).
 * Spring Security's {@code Cache-Control: no-store} is switched off: every readable thing is public anyway, and the
 * read controllers decide their own caching; its other headers (nosniff, frame DENY) stay.
 *
 * <p>Credentials: {@code PRESENCIA_ADMIN_USER} (default {@code admin}) and {@code PRESENCIA_ADMIN_PASSWORD}. There is
 * no default password: without one, a random password is generated at start and logged once (scripts/run generates
 * and prints one itself and passes it in, so it is not logged then). Anonymous or wrong-credential writes answer 401
 * with an RFC 9457 problem body and a {@code WWW-Authenticate: Basic} challenge.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfiguration {

    static final String REALM = "presencia";
    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                // Public reads keep whatever caching their controllers declare (Spring Security would add no-store).
                .headers(headers -> headers.cacheControl(cache -> cache.disable()))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .requestMatchers(HttpMethod.OPTIONS, "/**").permitAll()
                        .requestMatchers("/error").permitAll()
                        .anyRequest().hasRole("ADMIN"))
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(SecurityConfiguration::unauthorized))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(SecurityConfiguration::unauthorized)
                        .accessDeniedHandler((request, response, e) -> problem(request, response, 403, "Forbidden",
                                "Esta operación requiere el administrador (this operation needs the administrator)")));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService administrator(Environment environment, PasswordEncoder encoder) {
        String user = environment.getProperty("presencia.admin.user");
        if (user == null || user.isBlank()) {
            user = "admin";
        }
        String password = environment.getProperty("presencia.admin.password");
        if (password == null || password.isEmpty()) {
            password = generatePassword();
            LOG.warn("PRESENCIA_ADMIN_PASSWORD is not set: generated an administrator password for this run only. "
                    + "User '{}', password: {}  (shown once; set PRESENCIA_ADMIN_PASSWORD to choose one)", user, password);
        }
        return new InMemoryUserDetailsManager(User.withUsername(user).password(encoder.encode(password)).roles("ADMIN").build());
    }

    /** 24 characters from a 56-letter alphabet without look-alikes (about 139 bits). */
    static String generatePassword() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder out = new StringBuilder(24);
        for (int i = 0; i < 24; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    private static void unauthorized(HttpServletRequest request, HttpServletResponse response,
                                     org.springframework.security.core.AuthenticationException e) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        problem(request, response, 401, "Unauthorized", "Esta operación escribe datos y requiere el administrador "
                + "(HTTP Basic, PRESENCIA_ADMIN_USER / PRESENCIA_ADMIN_PASSWORD) (writes need the administrator)");
    }

    private static void problem(HttpServletRequest request, HttpServletResponse response, int status, String title,
                                String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.getWriter().write(JsonText.of(problem));
    }
}
