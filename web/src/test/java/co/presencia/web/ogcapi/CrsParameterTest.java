package co.presencia.web.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.presencia.error.InvalidParameterException;
import co.presencia.feature.FeatureCrs;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("/req/crs/fc-crs-definition")
class CrsParameterTest {

    @Test
    void defaultsToCrs84() {
        assertThat(CrsParameter.parse(null).crs()).isEqualTo(FeatureCrs.CRS84);
    }

    @Test
    void readsEverySupportedUriAndWritesTheContentCrsHeader() {
        for (FeatureCrs crs : FeatureCrs.values()) {
            assertThat(CrsParameter.parse(crs.uri()).crs()).isEqualTo(crs);
        }
        assertThat(CrsParameter.parse("http://www.opengis.net/def/crs/EPSG/0/9377").contentCrsHeader())
                .isEqualTo("<http://www.opengis.net/def/crs/EPSG/0/9377>");
    }

    @Test
    @DisplayName("/req/crs/fc-crs-valid-value")
    void anUnsupportedCrsIsInvalid() {
        assertThatThrownBy(() -> CrsParameter.parse("http://www.opengis.net/def/crs/EPSG/0/3857"))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("crs");
    }
}
