package co.presencia.web.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.feature.FeatureCrs;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.springframework.http.HttpStatus;

/**
 * Fuzzes the OGC API Features query parameters {@code bbox}, {@code bbox-crs}, {@code crs} and {@code datetime}
 * (issue 13 §4): any text is accepted, giving a finite box whose lower corner is below its upper one and a supported
 * CRS, or refused as an {@link OgcException} with status 400 and a description; nothing else escapes (a 500).
 */
class OgcParametersFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void anyParameterTextIsAcceptedOrA400(FuzzedDataProvider data) {
        String crsText = data.consumeBoolean() ? data.pickValue(FeatureCrs.values()).uri() : data.consumeString(60);
        String bboxCrsText = data.consumeBoolean() ? data.pickValue(FeatureCrs.values()).uri() : data.consumeString(60);
        String datetimeText = data.consumeString(60);
        String bboxText = data.consumeRemainingAsString();

        refusedAs400(() -> assertThat(CrsParameter.parse(crsText).crs()).isNotNull());
        refusedAs400(() -> assertThat(DatetimeParameter.parse(datetimeText)).satisfiesAnyOf(
                d -> assertThat(d).isNull(), d -> assertThat(d.value()).isEqualTo(datetimeText)));
        refusedAs400(() -> {
            FeatureCrs bboxCrs = BboxCrsParameter.parse(bboxCrsText).crs();
            BboxParameter bbox = BboxParameter.parse(bboxText, bboxCrs);
            if (bbox != null) {
                assertThat(bbox.lonLat().getMinX()).isFinite().isLessThanOrEqualTo(bbox.lonLat().getMaxX());
                assertThat(bbox.lonLat().getMinY()).isFinite().isLessThanOrEqualTo(bbox.lonLat().getMaxY());
                assertThat(bbox.lonLat().getMaxX()).isFinite();
                assertThat(bbox.lonLat().getMaxY()).isFinite();
            }
        });
    }

    private static void refusedAs400(Runnable parse) {
        try {
            parse.run();
        } catch (OgcException refused) {
            assertThat(refused.status()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getMessage()).isNotBlank();
        }
    }
}
