package co.presencia.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeyTest {

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            "Bogotá, D.C.|bogota d c",
            "BOGOTÁ,  D.C.|bogota d c",
            "Nariño|narino",
            "NARIÑO|narino",
            "  San Andrés de Tumaco |san andres de tumaco",
            "Cúcuta|cucuta",
            "İstanbul|istanbul"})
    void foldsAccentsCaseAndSpacing(String name, String key) {
        assertThat(NameKey.of(name)).isEqualTo(key);
    }
}
