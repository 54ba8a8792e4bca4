package co.presencia.feature;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.intervention.CompanySize;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Published precision of intervention points: companies ≈ 11 m, people and unknown beneficiaries ≈ 1.1 km. */
class InterventionPointPrivacyTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"MICRO, 10000", "PEQUENA, 10000", "MEDIANA, 10000", "GRANDE, 10000", "UNIDAD_PRODUCTIVA, 100", "'', 100"})
    void precisionFollowsTheKindOfBeneficiary(String size, double scale) {
        CompanySize parsed = size.isEmpty() ? null : CompanySize.valueOf(size);
        assertThat(InterventionFeatureCollection.publishedScale(parsed)).isEqualTo(scale);
        double lon = -75.563612;
        double published = Math.round(lon * scale) / scale;
        assertThat(Math.abs(published - lon)).isLessThanOrEqualTo(0.5 / scale + 1e-12);
        assertThat(published).isEqualTo(scale == 100 ? -75.56 : -75.5636);
    }
}
