package co.presencia.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/** Checks a Spanish/English pair of message bundles: the same codes in both, every text a valid MessageFormat. */
public final class MessageBundles {

    private MessageBundles() {
    }

    /** {@code base} is the bundle's resource path without {@code .properties}, e.g. {@code /messages}. */
    public static void assertSpanishAndEnglishAgree(String base) {
        Properties es = load(base + ".properties");
        Properties en = load(base + "_en.properties");
        assertThat(es.stringPropertyNames()).as(base).isNotEmpty().containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        for (String code : es.stringPropertyNames()) {
            new MessageFormat(es.getProperty(code), Locale.ROOT);
            new MessageFormat(en.getProperty(code), Locale.ROOT);
        }
    }

    private static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = MessageBundles.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
