package co.presencia.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * There is no default password and none is generated: the configured administrator is the only one, a weak password
 * stops the start naming why (never the password), and without one nobody can sign in (the service is read-only).
 */
class SecurityConfigurationTest {

    private final SecurityConfiguration configuration = new SecurityConfiguration();
    private final PasswordEncoder encoder = configuration.passwordEncoder();

    @Test
    void theConfiguredAdministratorIsUsedAndNoOtherPasswordWorks() {
        var administrator = configuration.administrator(new MockEnvironment()
                .withProperty("presencia.admin.user", "planeacion").withProperty("presencia.admin.password", "s3creta-larga-2024"), encoder);
        assertThat(administrator.toString()).doesNotContain("s3creta").doesNotContain(administrator.passwordHash());
        var user = configuration.administrators(administrator).loadUserByUsername("planeacion");
        assertThat(encoder.matches("s3creta-larga-2024", user.getPassword())).isTrue();
        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
        for (String guess : new String[] {"", "admin", "password", "presencia", "changeme", "s3creta-larga-2025"}) {
            assertThat(encoder.matches(guess, user.getPassword())).as(guess).isFalse();
        }
    }

    @Test
    void withoutAPasswordNobodyCanSignIn() {
        var administrator = configuration.administrator(new MockEnvironment(), encoder);
        assertThat(administrator.configured()).isFalse();
        var users = configuration.administrators(administrator);
        assertThatThrownBy(() -> users.loadUserByUsername("admin")).isInstanceOf(UsernameNotFoundException.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "empty                  | admin | ''                        | set but empty",
            "whitespace only        | admin | '              '          | only whitespace",
            "eleven characters      | admin | 'k7#Qm2!vRx9'             | has 11 characters; at least 12",
            "surrounding spaces     | admin | ' k7#Qm2!vRx9wZ '         | starts or ends with whitespace",
            "one repeated character | admin | 'aaaaaaaaaaaaaaaa'        | repeats a single character",
            "the user name          | admin | 'Admin-2024-2025!'        | contains the user name",
            "a known default        | admin | 'Presencia2024!!'         | well-known default",
            "an accented default    | admin | 'Contraseña-2024'         | well-known default",
            "a digit sequence       | admin | '123456789012'            | well-known default or sequence",
            "a colon in the user    | a:b   | 'k7#Qm2!vRx9wZp'          | or a control character"})
    void weakSettingsStopTheStartAndSayWhyWithoutThePassword(String name, String user, String password, String reason) {
        MockEnvironment environment = new MockEnvironment().withProperty("presencia.admin.user", user)
                .withProperty("presencia.admin.password", password);
        assertThatThrownBy(() -> configuration.administrator(environment, encoder))
                .isInstanceOf(AdministratorPassword.Refused.class)
                .hasMessageContaining(reason)
                .satisfies(e -> {
                    if (password.strip().length() >= 4) {
                        assertThat(e.getMessage()).doesNotContain(password.strip());
                    }
                });
    }

    @Test
    void aLongRandomPasswordLikeTheOneScriptsRunGeneratesIsAccepted() {
        assertThat(AdministratorPassword.weaknesses("admin", "Kq7vN3pXb9TzR2mWc8HdY4sJ")).isEmpty();
        assertThat(AdministratorPassword.weaknesses("admin", "correct horse battery staple")).isEmpty();
    }

    @Test
    void aRefusedStartIsReportedWithWhatToDoAndWithoutThePassword() {
        AdministratorPassword.Refused refused = new AdministratorPassword.Refused(AdministratorPassword.weaknesses("admin", "corta"));
        var analysis = new AdministratorRefusedAnalyzer().analyze(refused);
        assertThat(analysis.getDescription()).contains("has 5 characters").doesNotContain("corta");
        assertThat(analysis.getAction()).contains("PRESENCIA_ADMIN_PASSWORD", "scripts/run");
    }

    @Test
    void frameAncestorsAreOneCspSourceEachAndAnyByDefault() {
        assertThat(new SecurityProperties(null, null).frameAncestors()).containsExactly("*");
        assertThat(new SecurityProperties(null, java.util.List.of("'self'", "https://www.example.gov.co")).frameAncestors()).hasSize(2);
        assertThatThrownBy(() -> new SecurityProperties(null, java.util.List.of("https://a.example; script-src *")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("frame-ancestors");
    }
}
