package co.presencia.web.system;

import co.presencia.testing.MessageBundles;
import org.junit.jupiter.api.Test;

/** The web tier's texts exist in Spanish and English alike, and every one is a valid MessageFormat pattern. */
class WebMessagesTest {

    @Test
    void spanishAndEnglishHaveTheSameCodes() {
        MessageBundles.assertSpanishAndEnglishAgree("/messages");
    }
}
