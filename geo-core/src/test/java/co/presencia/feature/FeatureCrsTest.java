package co.presencia.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeatureCrsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "http://www.opengis.net/def/crs/OGC/1.3/CRS84, CRS84",
            "https://www.opengis.net/def/crs/OGC/1.3/CRS84, CRS84",
            "http://www.opengis.net/def/crs/EPSG/0/4326, EPSG_4326",
            "[EPSG:4686], EPSG_4686",
            "http://www.opengis.net/def/crs/EPSG/0/9377, EPSG_9377",
            "[OGC:CRS84], CRS84"})
    void readsUrisAndSafeCuries(String text, FeatureCrs expected) {
        assertThat(FeatureCrs.fromUri(text)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"http://www.opengis.net/def/crs/EPSG/0/3857", "EPSG:4326", "''"})
    void rejectsWhatItDoesNotServe(String text) {
        assertThat(FeatureCrs.fromUri(text)).isEmpty();
    }

    @Test
    void axisOrderFollowsTheEpsgRegistry() {
        assertThat(FeatureCrs.CRS84.swapsAxes()).isFalse();
        assertThat(FeatureCrs.EPSG_4326.swapsAxes()).isTrue();
        assertThat(FeatureCrs.EPSG_4686.swapsAxes()).isTrue();
        // EPSG:9377 uses Cartesian CS 4500: northing first, as gdalsrsinfo EPSG:9377 shows.
        assertThat(FeatureCrs.EPSG_9377.swapsAxes()).isTrue();
    }

    @Test
    void origenNacionalPointsComeBackToLonLat() {
        // Natural origin of EPSG:9377: 4°N 73°W = (N 2,000,000, E 5,000,000).
        double[] lonLat = FeatureCrs.EPSG_9377.toLonLat(2_000_000, 5_000_000);
        assertThat(lonLat[0]).isCloseTo(-73.0, within(1e-6));
        assertThat(lonLat[1]).isCloseTo(4.0, within(1e-6));
        double[] swapped = FeatureCrs.EPSG_4326.toLonLat(6.25, -75.56);
        assertThat(swapped).containsExactly(-75.56, 6.25);
    }
}
