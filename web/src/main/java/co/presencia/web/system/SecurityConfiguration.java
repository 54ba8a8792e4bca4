package co.presencia.web.system;

import co.presencia.application.Presencia;
import co.presencia.cluster.SignInFailures;
import co.presencia.spatial.sql.SqlDialect;
import java.time.Clock;
import java.util.List;
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
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Who may do what: every GET/HEAD (API, {@code /ogc/**}, the page, static files, {@code /actuator/health},
 * {@code /v3/api-docs}) is public except the import reports and job logs ({@code /api/v1/imports/**},
 * {@code /api/v1/datasets/{id}/imports}), which name files and people's mistakes and so are the administrator's;
 * every other method (imports, dataset PUT/DELETE, target edits, any future write) needs the administrator over HTTP
 * Basic. Stateless (no session, so no CSRF token: there is no cookie to ride). Spring Security's
 * {@code Cache-Control: no-store} is switched off: the read controllers decide their own caching; its other headers
 * (nosniff, frame DENY) stay, and the HTML pages get a Content-Security-Policy ({@link PagePolicies}).
 *
 * <p>Credentials: {@code PRESENCIA_ADMIN_USER} (default {@code admin}) and {@code PRESENCIA_ADMIN_PASSWORD}. There is
 * no default password and none is ever generated or logged: without one the service runs read-only (every write
 * answers 401 saying so); a weak one ({@link AdministratorPassword}) stops the start with a clear report.
 * {@code scripts/run} generates 24 random characters when none is set and passes them in the environment. Failed
 * sign-ins are logged and throttled per client and per user ({@link LoginThrottleFilter}: each attempt counted before
 * its password is checked, 429 with {@code Retry-After} past the limit). Refusals are problem documents written by {@link Problems}: 401 with a
 * {@code WWW-Authenticate: Basic} challenge, 403, 429, and the firewall's 400 for a path it distrusts.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfiguration {

    static final String REALM = "presencia";
    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfiguration.class);
    /** Reads that only the administrator may make. */
    static final List<String> ADMIN_READS = List.of("/api/v1/imports/**", "/api/v1/datasets/*/imports");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, Problems problems, Administrator administrator,
                                            LoginThrottle throttle, PagePolicies pagePolicies) throws Exception {
        String refusal = administrator.configured() ? "security.unauthorized" : "security.writesDisabled";
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            problems.write(problems.of(HttpStatus.UNAUTHORIZED, "problem.UNAUTHORIZED", refusal, null, request), request, response);
        };
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                // Public reads keep whatever caching their controllers declare (Spring Security would add no-store).
                .headers(headers -> headers.cacheControl(cache -> cache.disable()).addHeaderWriter(pagePolicies))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, ADMIN_READS.toArray(String[]::new)).hasRole("ADMIN")
                        .requestMatchers(HttpMethod.HEAD, ADMIN_READS.toArray(String[]::new)).hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .requestMatchers(HttpMethod.OPTIONS, "/**").permitAll()
                        .requestMatchers("/error").permitAll()
                        .anyRequest().hasRole("ADMIN"))
                .addFilterBefore(new LoginThrottleFilter(throttle, problems), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(unauthorized))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler((request, response, e) -> problems.write(
                                problems.of(HttpStatus.FORBIDDEN, "problem.FORBIDDEN", "security.forbidden", null, request),
                                request, response)));
        return http.build();
    }

    /** The firewall's refusals (an encoded {@code %}, {@code ..} or {@code ;} in the path): a 400 problem. */
    @Bean
    RequestRejectedHandler requestRejectedHandler(Problems problems) {
        return (request, response, e) -> problems.write(problems.of(HttpStatus.BAD_REQUEST, request), request, response);
    }

    /**
     * In memory on H2GIS (one instance); in the store on PostgreSQL, where several instances may share it
     * ({@code presencia.security.login.shared=false} keeps it in memory there too).
     */
    @Bean
    LoginThrottle loginThrottle(SecurityProperties properties, Presencia presencia) {
        SecurityProperties.Login login = properties.login();
        boolean shared = login.shared() == null ? presencia.database().dialect() == SqlDialect.POSTGIS : login.shared();
        if (shared) {
            return new StoredLoginThrottle(new SignInFailures(presencia.database()), Clock.systemUTC(),
                    login.maxFailuresPerClient(), login.maxFailuresPerUser(), login.window());
        }
        return new InMemoryLoginThrottle(Clock.systemUTC(), login.maxFailuresPerClient(), login.maxFailuresPerUser(), login.window());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The administrator as configured, its password hashed at once; refuses to start on weak settings. */
    @Bean
    Administrator administrator(Environment environment, PasswordEncoder encoder) {
        String user = environment.getProperty("presencia.admin.user");
        user = user == null || user.isBlank() ? "admin" : user.strip();
        String password = environment.getProperty("presencia.admin.password");
        if (password == null) {
            LOG.warn("PRESENCIA_ADMIN_PASSWORD is not set: running read-only, every write answers 401. "
                    + "Set it (at least {} characters) to import data and edit datasets and targets.", AdministratorPassword.MIN_LENGTH);
            return new Administrator(user, null);
        }
        List<String> weaknesses = AdministratorPassword.weaknesses(user, password);
        if (!weaknesses.isEmpty()) {
            throw new AdministratorPassword.Refused(weaknesses);
        }
        return new Administrator(user, encoder.encode(password));
    }

    /** The user store: the administrator, or nobody when the service runs read-only. */
    @Bean
    InMemoryUserDetailsManager administrators(Administrator administrator) {
        if (!administrator.configured()) {
            return new InMemoryUserDetailsManager();
        }
        UserDetails admin = User.withUsername(administrator.user()).password(administrator.passwordHash())
                .roles("ADMIN").build();
        return new InMemoryUserDetailsManager(admin);
    }

    /** The configured administrator; {@code passwordHash} is null when no password is set (read-only service). */
    record Administrator(String user, String passwordHash) {
        boolean configured() {
            return passwordHash != null;
        }

        @Override
        public String toString() {
            return "Administrator[user=" + user + ", password " + (configured() ? "set" : "not set") + "]";
        }
    }
}
