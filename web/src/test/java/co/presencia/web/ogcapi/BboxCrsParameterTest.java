package co.presencia.web.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.presencia.error.InvalidParameterException;
import co.presencia.feature.FeatureCrs;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("/req/crs/fc-bbox-crs-definition")
class BboxCrsParameterTest {

    @Test
    void defaultsToCrs84AndReadsTheOthers() {
        assertThat(BboxCrsParameter.parse(null).crs()).isEqualTo(FeatureCrs.CRS84);
        assertThat(BboxCrsParameter.parse("http://www.opengis.net/def/crs/EPSG/0/4686").crs()).isEqualTo(FeatureCrs.EPSG_4686);
    }

    @Test
    @DisplayName("/req/crs/fc-bbox-crs-valid-value")
    void anUnsupportedCrsIsInvalidAndNamesBboxCrs() {
        assertThatThrownBy(() -> BboxCrsParameter.parse("EPSG:4326")).isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("bbox-crs");
    }
}
