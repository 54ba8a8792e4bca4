package co.presencia.web.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.presencia.error.InvalidParameterException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
        assertThatThrownBy(() -> OffsetParameter.parse(text)).isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("offset");
    }

    @ParameterizedTest(name = "offset {0}, limit {1}, {2} matched: prev at {3}")
    @CsvSource({"20, 10, 1122, 10", "5, 10, 1122, 0", "1125, 10, 1122, 1115", "5000, 10, 1122, 1112", "5000, 100, 50, 0",
        "30, 10, 0, 0"})
    @DisplayName("/req/core/fc-links: the prev link never points past the end")
    void previousPageNeverStartsPastTheEnd(long offset, int limit, long matched, long previous) {
        assertThat(OffsetParameter.previous(offset, limit, matched)).isEqualTo(previous);
    }
}
