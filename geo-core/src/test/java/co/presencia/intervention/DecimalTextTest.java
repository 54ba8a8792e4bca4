package co.presencia.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The quick path gives bit for bit the double {@link Double#parseDouble} gives, and declines every other shape. */
class DecimalTextTest {

    @Test
    void plainDecimalsReadExactlyAsTheJdkReadsThem() {
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 200_000; i++) {
            int integerDigits = random.nextInt(0, 8);
            int fractionDigits = random.nextInt(0, 16 - Math.max(1, integerDigits));
            StringBuilder text = new StringBuilder(random.nextInt(3) == 0 ? "-" : random.nextInt(20) == 0 ? "+" : "");
            for (int k = 0; k < integerDigits; k++) {
                text.append((char) ('0' + random.nextInt(10)));
            }
            if (fractionDigits > 0 || integerDigits == 0) {
                text.append('.');
                for (int k = 0; k < Math.max(1, fractionDigits); k++) {
                    text.append((char) ('0' + random.nextInt(10)));
                }
            }
            assertSameAsJdk(text.toString());
            assertSameAsJdk(String.format(Locale.ROOT, "%.6f", random.nextDouble(-82, -66)));
            assertSameAsJdk(Double.toString(random.nextDouble(-4.3, 13.5)));
        }
        for (String text : List.of("0", "-0", "-0.0", "5.", ".5", "+7", "999999999999999", "0.000000000000001",
                "-75.5636", "6.2518", "0.1", "0.3", "123456.789012345")) {
            assertSameAsJdk(text);
        }
        assertThat(DecimalText.parsePlain("-75,5636")).isEqualTo(Double.parseDouble("-75.5636"));
    }

    @Test
    void otherShapesAreLeftToTheSlowPath() {
        for (String text : List.of("", "-", ".", "1.2.3", "1,2.3", " 1.5", "1.5 ", "1e5", "0x1p3", "NaN", "Infinity",
                "1d", "1f", "1234567890123456", "0.1234567890123456", "--1", "1-", "١٢")) {
            assertThat(DecimalText.parsePlain(text)).as(text).isNaN();
        }
    }

    private static void assertSameAsJdk(String text) {
        double quick = DecimalText.parsePlain(text);
        if (Double.isNaN(quick)) {
            assertThat(text.replace("-", "").replace("+", "").replace(".", "").length()).as(text).isGreaterThan(15);
            return;
        }
        assertThat(Double.doubleToRawLongBits(quick)).as(text).isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
    }
}
