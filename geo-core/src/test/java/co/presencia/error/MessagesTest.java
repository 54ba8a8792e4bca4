package co.presencia.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The domain's texts exist in Spanish and English alike, and every one is a valid MessageFormat pattern. */
class MessagesTest {

    static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/co/presencia/error/" + name)) {
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

    @Test
    void anExceptionSpeaksSpanishByDefaultAndEnglishOnRequest() {
        InvalidParameterException e = new InvalidParameterException("year", "year.outOfRange", "1990", "2000", "2100");
        assertThat(e.getMessage()).isEqualTo("El año 1990 está fuera del rango admitido (2000–2100)");
        assertThat(e.message(Locale.ENGLISH)).isEqualTo("Year 1990 is out of the accepted range (2000–2100)");
        assertThat(e.message(Locale.forLanguageTag("fr"))).isEqualTo(e.getMessage());
        assertThat(e.parameter()).isEqualTo("year");
        assertThat(new NotFoundException("dataset.unknown", "x", "demo").getMessage())
                .isEqualTo("No existe el conjunto de datos 'x'; existen: demo");
    }

    @Test
    void anUnknownCodeIsShownAsItselfRatherThanLost() {
        assertThat(Messages.spanish("no.such.code", "a")).isEqualTo("no.such.code [a]");
    }
}
