package co.presencia.web.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.presencia.error.InvalidParameterException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("/req/core/fc-time-definition")
class DatetimeParameterTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2023-01-01", "2023-01-01T00:00:00Z", "2023-01-01/2023-12-31", "../2023-12-31T23:59:59Z", "2023-01-01/..",
        "2023-05-01/2023-05-01", "2023-05-01T10:00:00Z/2023-05-01"})
    void acceptsInstantsAndIntervals(String text) {
        assertThat(DatetimeParameter.parse(text)).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"yesterday", "2023-13-01", "../..", "2023-01-01/2023-02-01/2023-03-01",
        "2019-01-01/2018-01-01", "2019-01-01T00:00:00Z/2018-12-31T23:59:59Z", "2018-02-01T00:00:00Z/2018-01-31"})
    void rejectsAnythingElse(String text) {
        assertThatThrownBy(() -> DatetimeParameter.parse(text)).isInstanceOf(InvalidParameterException.class);
    }
}
