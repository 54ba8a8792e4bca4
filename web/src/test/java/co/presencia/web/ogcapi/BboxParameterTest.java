package co.presencia.web.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import co.presencia.error.InvalidParameterException;
import co.presencia.feature.FeatureCrs;
import co.presencia.feature.LonLatBox;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Envelope;

@DisplayName("/req/core/fc-bbox-definition")
class BboxParameterTest {

    @Test
    void absentMeansNoSpatialFilter() {
        assertThat(BboxParameter.parse(null, FeatureCrs.CRS84)).isNull();
    }

    @Test
    void crs84IsLonLat() {
        assertThat(BboxParameter.parse("-76,6,-75,7", FeatureCrs.CRS84).lonLat()).isEqualTo(new LonLatBox(-76, 6, -75, 7));
    }

    @Test
    void sixNumbersIgnoreTheHeights() {
        assertThat(BboxParameter.parse("-76,6,0,-75,7,100", FeatureCrs.CRS84).lonLat()).isEqualTo(new LonLatBox(-76, 6, -75, 7));
    }

    @Test
    @DisplayName("/req/crs/fc-bbox-crs-action: EPSG:4326 bbox is lat,lon")
    void epsg4326IsLatLon() {
        assertThat(BboxParameter.parse("6,-76,7,-75", FeatureCrs.EPSG_4326).lonLat()).isEqualTo(new LonLatBox(-76, 6, -75, 7));
    }

    @Test
    @DisplayName("/req/crs/fc-bbox-crs-action: EPSG:9377 bbox is northing,easting in metres")
    void origenNacionalIsNorthingEasting() {
        // 10 km around the projection's natural origin (4°N 73°W).
        Envelope e = BboxParameter.parse("1995000,4995000,2005000,5005000", FeatureCrs.EPSG_9377).lonLat().parts().get(0);
        assertThat(e.centre().x).isCloseTo(-73.0, within(1e-3));
        assertThat(e.centre().y).isCloseTo(4.0, within(1e-3));
        assertThat(e.getWidth()).isCloseTo(0.09, within(0.005));
    }

    @Test
    @DisplayName("/req/core/fc-bbox-definition: a west edge east of the east edge crosses the antimeridian")
    void aBoxCanCrossTheAntimeridian() {
        LonLatBox box = BboxParameter.parse("177,65,-177,70", FeatureCrs.CRS84).lonLat();
        assertThat(box.crossesAntimeridian()).isTrue();
        assertThat(box.parts()).containsExactly(new Envelope(177, 180, 65, 70), new Envelope(-180, -177, 65, 70));
        assertThat(BboxParameter.parse("65,177,70,-177", FeatureCrs.EPSG_4326).lonLat()).isEqualTo(box);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1,2,3", "a,b,c,d", "-75,7,-76,6", "-76,7,-75,6", "181,0,-170,1", "0,-91,1,0", "1,2,3,4,5", "NaN,0,1,1"})
    void malformedBoxesAreInvalid(String text) {
        assertThatThrownBy(() -> BboxParameter.parse(text, FeatureCrs.CRS84)).isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("bbox");
    }

    /** Found by OgcParametersFuzzTest (kept as its input bbox-9377-far-outside): the inverse projection gave -Infinity. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"8,16,8,7222222222222222222222222222222222222222222222222222222222222222222222222222222222222222",
        "0,0,1e300,1e300", "-1e12,-1e12,1e12,1e12"})
    void origenNacionalBoxesFarOutsideItsAreaAreInvalid(String text) {
        assertThatThrownBy(() -> BboxParameter.parse(text, FeatureCrs.EPSG_9377)).isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("bbox");
    }
}
