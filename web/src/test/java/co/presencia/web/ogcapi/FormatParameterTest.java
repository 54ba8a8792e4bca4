package co.presencia.web.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.presencia.error.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatParameterTest {

    @ParameterizedTest(name = "f={0}")
    @CsvSource({"json, JSON", "html, HTML", "HTML, HTML", "geojson, JSON"})
    void fWins(String f, FormatParameter expected) {
        assertThat(FormatParameter.negotiate(f, "text/html")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | HTML",
            "application/geo+json, application/json | JSON",
            "application/json;q=0.9, text/html;q=0.5 | JSON",
            "*/* | JSON",
            "image/png | JSON",
            "'' | JSON"})
    void acceptDecidesWithoutF(String accept, FormatParameter expected) {
        assertThat(FormatParameter.negotiate(null, accept)).isEqualTo(expected);
    }

    @Test
    void anUnknownFIsInvalid() {
        assertThatThrownBy(() -> FormatParameter.negotiate("xml", null)).isInstanceOf(InvalidParameterException.class);
    }
}
