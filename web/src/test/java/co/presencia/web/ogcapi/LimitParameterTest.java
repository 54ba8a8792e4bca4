package co.presencia.web.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.presencia.error.InvalidParameterException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("/req/core/fc-limit-definition")
class LimitParameterTest {

    @Test
    void defaultsToTen() {
        assertThat(LimitParameter.parse(null).value()).isEqualTo(10);
        assertThat(LimitParameter.parse(" ").value()).isEqualTo(10);
    }

    @Test
    void aboveTheMaximumIsLoweredToIt() {
        assertThat(LimitParameter.parse("1000000").value()).isEqualTo(10_000);
        assertThat(LimitParameter.parse("10000").value()).isEqualTo(10_000);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0", "-1", "ten", "1.5", "99999999999999999999"})
    void belowOneOrNotAWholeNumberIsInvalid(String text) {
        assertThatThrownBy(() -> LimitParameter.parse(text)).isInstanceOf(InvalidParameterException.class)
                .extracting(e -> ((InvalidParameterException) e).parameter()).isEqualTo("limit");
    }
}
