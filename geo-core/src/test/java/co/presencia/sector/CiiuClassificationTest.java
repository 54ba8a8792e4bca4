package co.presencia.sector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.presencia.sector.InvalidCiiuCodeException.Reason;
import co.presencia.testing.ReferenceData;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CIIU Rev. 4 A.C. (DANE, 2022 update) read from the installed flat table, and codes as planners write them. */
class CiiuClassificationTest {

    static final CiiuClassification CIIU = CiiuClassification.read(ReferenceData.shapefiles().resolve(SectorCatalog.CLASSIFICATION_FILE));

    @Test
    void hasTheCountsOfThe2022UpdateAndAClosedHierarchy() {
        assertThat(CIIU.activities(CiiuLevel.SECTION)).hasSize(21);
        assertThat(CIIU.activities(CiiuLevel.DIVISION)).hasSize(88);
        assertThat(CIIU.activities(CiiuLevel.GROUP)).hasSize(246);
        assertThat(CIIU.activities(CiiuLevel.CLASS)).hasSize(502);
        assertThat(CIIU.activities(CiiuLevel.SECTION).stream().mapToInt(s -> CIIU.classesOf(s).size()).sum()).isEqualTo(502);
        assertThat(CIIU.find("C").orElseThrow().title()).isEqualTo("INDUSTRIAS MANUFACTURERAS");
        assertThat(CIIU.find("0111").orElseThrow().title()).isEqualTo("Cultivo de cereales (excepto arroz), legumbres y semillas oleaginosas");
        assertThat(CIIU.classesOf(CIIU.find("103").orElseThrow())).extracting(CiiuActivity::code)
                .containsExactly("1031", "1032", "1033");
    }

    @ParameterizedTest(name = "''{0}'' → {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "0111|CLASS|0111", "111|CLASS|0111", "111.0|CLASS|0111", "1011|CLASS|1011", " 1011 |CLASS|1011",
        "101|GROUP|101", "10|DIVISION|10", "1|DIVISION|01", "01|DIVISION|01", "C|SECTION|C", "c|SECTION|C",
        "C1011|CLASS|1011", "C-1011|CLASS|1011", "A0111|CLASS|0111", "A111|CLASS|0111", "C141|GROUP|141", "A141|CLASS|0141",
        "grupo 141|GROUP|141", "Clase 141|CLASS|0141", "división 5|DIVISION|05", "SECCIÓN c|SECTION|C",
        "6201|CLASS|6201", "0620|CLASS|0620"})
    void readsCodesTheWayPlannersWriteThem(String written, CiiuLevel level, String code) {
        CiiuCode parsed = CIIU.parse("ciiu", written);
        assertThat(parsed.activity().level()).isEqualTo(level);
        assertThat(parsed.activity().code()).isEqualTo(code);
        assertThat(parsed.replaced()).isEmpty();
    }

    @ParameterizedTest(name = "replaced {0} → {1}")
    @CsvSource({"1030,103,true", "3210,321,true", "6514,6496,false", "7110,711,true", "8890,889,true"})
    void theFiveReplacedClassesAreReadAsTheirSuccessorOrTheGroupOfTheirSuccessors(String old, String readAs, boolean split) {
        CiiuCode parsed = CIIU.parse("ciiu", old);
        assertThat(parsed.activity().code()).isEqualTo(readAs);
        CiiuReplacement replacement = parsed.replaced().orElseThrow();
        assertThat(replacement.split()).isEqualTo(split);
        assertThat(CIIU.find(old)).as("no longer a class of the 2022 update").isEmpty();
        // Every successor lies under what the old code is read as, and the successors are exactly the new classes
        // that the old title covers: for a split, the whole group.
        assertThat(replacement.successors()).allSatisfy(s -> assertThat(CIIU.find(s).orElseThrow().isWithin(parsed.activity())).isTrue());
        if (split) {
            assertThat(CIIU.classesOf(parsed.activity())).extracting(CiiuActivity::code)
                    .containsExactlyElementsOf(replacement.successors());
        }
        assertThat(parsed.activity().title()).as("DANE kept the old title on what the old code is read as")
                .isEqualTo(replacement.oldTitle());
    }

    @Test
    void everyThreeDigitCodeThatIsBothAGroupAndAClassWithoutItsZeroIsAmbiguous() {
        Set<String> groups = CIIU.activities(CiiuLevel.GROUP).stream().map(CiiuActivity::code).collect(Collectors.toSet());
        Set<String> both = CIIU.activities(CiiuLevel.CLASS).stream().map(CiiuActivity::code)
                .filter(c -> c.startsWith("0") && groups.contains(c.substring(1))).map(c -> c.substring(1)).collect(Collectors.toSet());
        assertThat(both).hasSize(20).contains("141", "620", "722");
        for (String code : both) {
            assertThatThrownBy(() -> CIIU.parse("ciiu", code)).isInstanceOfSatisfying(InvalidCiiuCodeException.class,
                    e -> assertThat(e.reason()).isEqualTo(Reason.AMBIGUOUS));
        }
        InvalidCiiuCodeException e = catchInvalid("722");
        assertThat(e.getMessage()).contains("grupo 722").contains("clase 0722").contains("Extracción de oro");
        assertThat(e.parameter()).isEqualTo("ciiu");
    }

    @ParameterizedTest(name = "''{0}'': {1}")
    @CsvSource(delimiter = '|', value = {
        "''|EMPTY", "   |EMPTY", "9999|UNKNOWN", "999|UNKNOWN", "00|UNKNOWN", "Z|UNKNOWN", "12345|FORMAT", "10.5|FORMAT",
        "manufactura|FORMAT", "0010|NOT_AN_ACTIVITY", "0081|NOT_AN_ACTIVITY", "0090|NOT_AN_ACTIVITY", "A1011|SECTION_MISMATCH",
        "grupo 9999|UNKNOWN", "clase 1030x|FORMAT"})
    void rejectsWithTheReason(String written, Reason reason) {
        InvalidCiiuCodeException e = catchInvalid(written);
        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.getMessage()).doesNotStartWith("ciiu.");
        assertThat(e.message(Locale.ENGLISH)).doesNotStartWith("ciiu.").isNotEqualTo(e.getMessage());
    }

    @Test
    void aDianCodeSaysWhatItIs() {
        assertThat(catchInvalid("0010").getMessage()).contains("Asalariados").contains("DIAN");
    }

    private static InvalidCiiuCodeException catchInvalid(String written) {
        try {
            CIIU.parse("ciiu", written);
        } catch (InvalidCiiuCodeException e) {
            return e;
        }
        throw new AssertionError("'" + written + "' was accepted");
    }
}
