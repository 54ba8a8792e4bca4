package co.presencia.territory;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes {@link DivipolaCode#parse} (issue 13 §4): any text is either a five-digit code whose department is not 00,
 * or an {@link InvalidDivipolaCodeException} with a reason; nothing else escapes. {@code mvn test} replays the kept
 * corpus ({@code DivipolaCodeFuzzTestInputs/}); {@code scripts/fuzz} searches for new inputs.
 */
class DivipolaCodeFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void anyTextIsAFiveDigitCodeOrARefusalWithAReason(String raw) {
        try {
            DivipolaCode code = DivipolaCode.parse(raw);
            assertThat(code.value()).matches("[0-9]{5}").doesNotStartWith("00");
            assertThat(DivipolaCode.parse(code.value())).isEqualTo(code);
            assertThat(DivipolaCode.isValid(raw)).isTrue();
        } catch (InvalidDivipolaCodeException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            assertThat(DivipolaCode.isValid(raw)).isFalse();
        }
    }
}
