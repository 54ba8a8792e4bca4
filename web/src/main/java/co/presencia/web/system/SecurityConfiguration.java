package co.presencia.web.system;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
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
 * with an RFC 9457 problem body (written by {@link Problems}, like every other error) and a
 * {@code WWW-Authenticate: Basic} challenge.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfiguration {

    static final String REALM = "presencia";
    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, Problems problems) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            problems.write(problems.of(HttpStatus.UNAUTHORIZED, "problem.UNAUTHORIZED", "security.unauthorized", null, request), response);
        };
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
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(unauthorized))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler((request, response, e) -> problems.write(
                                problems.of(HttpStatus.FORBIDDEN, "problem.FORBIDDEN", "security.forbidden", null, request), response)));
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
}
