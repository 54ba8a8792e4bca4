package co.presencia.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.presencia.error.InvalidParameterException;
import co.presencia.testing.ReferenceData;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Place search as a person types: accents, case, punctuation and common names do not matter; the best match first. */
class PlacesTest {

    static final Places PLACES = new Places(ReferenceData.catalog(), 2023);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            tumaco            | 52835 | municipality
            TUMACO            | 52835 | municipality
            narino            | 52    | department
            Nariño            | 52    | department
            mompox            | 13468 | municipality
            Mompós            | 13468 | municipality
            bogota            | 11001 | municipality
            Bogotá, D.C.      | 11001 | municipality
            bogota dc         | 11001 | municipality
            medell            | 05001 | municipality
            cali              | 76001 | municipality
            santa marta       | 47001 | municipality
            la union narino   | 52399 | municipality
            cartagena         | 13001 | municipality
            52835             | 52835 | municipality
            05                | 05    | department
            valle             | 76    | department
            """)
    void findsThePlaceFirst(String query, String code, String kind) {
        List<Places.Place> found = PLACES.search(query, null, null);
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).code()).as(found.toString()).isEqualTo(code);
        assertThat(found.get(0).kind()).isEqualTo(kind);
    }

    @Test
    void answersOfficialNamesAndSaysWhichCommonNameMatched() {
        Places.Place tumaco = PLACES.search("tumaco", null, 1).get(0);
        assertThat(tumaco.name()).isEqualTo("San Andrés de Tumaco");
        assertThat(tumaco.departmentName()).isEqualTo("Nariño");
        assertThat(tumaco.matched()).isEqualTo("Tumaco");
        Places.Place narino = PLACES.search("narino", null, 1).get(0);
        assertThat(narino.departmentName()).isNull();
        assertThat(narino.matched()).isNull();
    }

    @Test
    void aWordOfTheNameMatchesToo() {
        assertThat(PLACES.search("cuerquia", null, 5)).extracting(Places.Place::code).contains("05647");
        assertThat(PLACES.search("nari", null, 10)).extracting(Places.Place::code)
                .as("the department first, then the three municipalities named Nariño by population")
                .startsWith("52");
    }

    @Test
    void bigPlacesComeFirstAmongEqualMatches() {
        List<Places.Place> found = PLACES.search("san", null, 5);
        assertThat(found).hasSize(5);
        assertThat(found.get(0).name()).startsWith("San");
    }

    @Test
    void unitsNotInForceAreNotFound() {
        assertThat(PLACES.search("mapiripana", 2023, 10)).isEmpty();
        assertThat(PLACES.search("mapiripana", 2018, 10)).extracting(Places.Place::code).contains("94663");
    }

    @Test
    void nothingMatchesNonsense() {
        assertThat(PLACES.search("xyzzy", null, null)).isEmpty();
        assertThat(PLACES.search("¿?", null, null)).isEmpty();
    }

    @Test
    void namesTheParameterAtFault() {
        assertThatThrownBy(() -> PLACES.search("  ", null, null))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("q"));
        assertThatThrownBy(() -> PLACES.search("x".repeat(101), null, null))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("q"));
        assertThatThrownBy(() -> PLACES.search("cali", null, 0))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("limit"));
    }
}
