package co.presencia.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The web tier's texts exist in Spanish and English alike, and every one is a valid MessageFormat pattern. */
class WebMessagesTest {

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = WebMessagesTest.class.getResourceAsStream("/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void spanishAndEnglishHaveTheSameCodes() throws IOException {
        Properties es = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        assertThat(es.stringPropertyNames()).isNotEmpty().containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        for (String code : es.stringPropertyNames()) {
            new MessageFormat(es.getProperty(code), Locale.ROOT);
            new MessageFormat(en.getProperty(code), Locale.ROOT);
        }
    }
}
