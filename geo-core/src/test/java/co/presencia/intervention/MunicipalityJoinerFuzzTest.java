package co.presencia.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.text.NameKey;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the name matcher and the placing of a row (issue 13 §4): any municipality and department names, codes and
 * coordinates, in any year, are placed in exactly one municipality in force or refused with the field and a reason;
 * the matching form of a name ({@link NameKey}) is plain lower-case ASCII and does not change when taken again.
 */
class MunicipalityJoinerFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void anyPlaceIsOneMunicipalityOrARefusalWithAReason(FuzzedDataProvider data) {
        int year = data.consumeInt(1900, 2100);
        String code = data.consumeBoolean() ? data.consumeString(12) : null;
        String municipality = data.consumeString(60);
        String department = data.consumeBoolean() ? data.consumeString(40) : null;
        String longitude = data.consumeBoolean() ? data.consumeString(20) : null;
        String latitude = data.consumeBoolean() ? data.consumeString(20) : null;

        String key = NameKey.of(municipality);
        assertThat(key).matches("[a-z0-9 ]*").doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");
        assertThat(NameKey.of(key)).isEqualTo(key);

        MunicipalityJoiner.Result result = SharedJoiner.get().join(year, code, municipality, department, longitude, latitude);
        assertThat(result.placed() == null).isNotEqualTo(result.unplaced() == null);
        if (result.placed() != null) {
            assertThat(result.placed().code().value()).matches("[0-9]{5}");
            assertThat(result.placed().placement()).isNotNull();
        } else {
            assertThat(result.unplaced().field()).isNotNull();
            assertThat(result.unplaced().reason()).isNotBlank();
        }
    }
}
