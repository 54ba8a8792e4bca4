package co.presencia.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;

/** There is no default password: without one configured, each start makes its own. */
class SecurityConfigurationTest {

    @Test
    void generatedPasswordsAreLongRandomAndUnambiguous() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            String password = SecurityConfiguration.generatePassword();
            assertThat(password).hasSize(24).doesNotContainPattern("[0O1lI]");
            seen.add(password);
        }
        assertThat(seen).hasSize(50);
    }

    @Test
    void theConfiguredAdministratorIsUsedAndNoOtherPasswordWorks() {
        SecurityConfiguration configuration = new SecurityConfiguration();
        PasswordEncoder encoder = configuration.passwordEncoder();
        var configured = configuration.administrator(new MockEnvironment()
                .withProperty("presencia.admin.user", "planeacion").withProperty("presencia.admin.password", "s3creta-larga"), encoder)
                .loadUserByUsername("planeacion");
        assertThat(encoder.matches("s3creta-larga", configured.getPassword())).isTrue();
        assertThat(configured.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");

        var generated = configuration.administrator(new MockEnvironment(), encoder).loadUserByUsername("admin");
        for (String guess : new String[] {"", "admin", "password", "presencia", "changeme"}) {
            assertThat(encoder.matches(guess, generated.getPassword())).as(guess).isFalse();
        }
    }
}
