package co.presencia.web.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.error.InvalidParameterException;
import co.presencia.error.Problem;
import co.presencia.feature.FeatureCrs;
import co.presencia.feature.LonLatBox;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the OGC API Features query parameters {@code bbox}, {@code bbox-crs}, {@code crs} and {@code datetime}
 * (issue 13 §4): any text is accepted, giving a finite box within ±180/±90 whose south is below its north (a west
 * greater than the east crosses the antimeridian) and a supported CRS, or refused as an
 * {@link InvalidParameterException} (a 400) naming the parameter, with a text; nothing else escapes (a 500).
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
                LonLatBox box = bbox.lonLat();
                assertThat(box.west()).isBetween(-180.0, 180.0);
                assertThat(box.east()).isBetween(-180.0, 180.0);
                assertThat(box.south()).isBetween(-90.0, 90.0).isLessThanOrEqualTo(box.north());
                assertThat(box.north()).isBetween(-90.0, 90.0);
            }
        });
    }

    private static void refusedAs400(Runnable parse) {
        try {
            parse.run();
        } catch (InvalidParameterException refused) {
            assertThat(refused.problem()).as("answered 400").isEqualTo(Problem.INVALID_PARAMETER);
            assertThat(refused.parameter()).isNotBlank();
            assertThat(refused.getMessage()).isNotBlank().doesNotStartWith("query.");
        }
    }
}
