package co.presencia.error;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.testing.MessageBundles;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The domain's texts exist in Spanish and English alike, and every one is a valid MessageFormat pattern. */
class MessagesTest {

    @Test
    void spanishAndEnglishHaveTheSameCodes() {
        MessageBundles.assertSpanishAndEnglishAgree("/co/presencia/error/messages");
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
