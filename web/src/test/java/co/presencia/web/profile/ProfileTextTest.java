package co.presencia.web.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The printable profile's words exist in Spanish and English alike, and numbers follow each language. */
class ProfileTextTest {

    static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ProfileTextTest.class.getResourceAsStream("/co/presencia/web/profile/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void spanishAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(bundle("profile.properties").stringPropertyNames()).isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(bundle("profile_en.properties").stringPropertyNames());
    }

    @Test
    void numbersAndSharesInEachLanguage() {
        ProfileText es = new ProfileText(ProfileText.SPANISH);
        ProfileText en = new ProfileText(Locale.ENGLISH);
        assertThat(es.number(1121)).isEqualTo("1.121");
        assertThat(en.number(1121)).isEqualTo("1,121");
        assertThat(es.percent(0.0625)).isEqualTo("6,3 %");
        assertThat(en.percent(0.0625)).isEqualTo("6.3%");
        assertThat(es.percent(null)).isEqualTo("—");
        assertThat(es.get("xOfY", "4", "64", "6,3 %")).isEqualTo("4 de 64 (6,3 %)");
        assertThat(en.get("title")).isEqualTo("Territorial coverage profile");
        assertThat(en.get("figures.note", "Nariño", "64", "2023", "1,121"))
                .startsWith("Nariño's figures are counted over its own units (64 in force in 2023)");
    }
}
