package co.presencia.web.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OffsetParameterTest {

    @Test
    void defaultsToZero() {
        assertThat(OffsetParameter.parse(null).value()).isZero();
        assertThat(OffsetParameter.parse("25").value()).isEqualTo(25);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"-1", "x", "2.0"})
    void negativeOrNotAWholeNumberIsInvalid(String text) {
        assertThatThrownBy(() -> OffsetParameter.parse(text)).isInstanceOf(OgcException.class)
                .hasMessageContaining("offset");
    }
}
