package co.presencia.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ColorRampTest {

    private static double luminance(Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ColorRamp.class, names = {"YL_GN_BU", "BLUES", "VIRIDIS"})
    void sequentialRampsGetDarkerAndAvoidTheNoDataGrey(ColorRamp ramp) {
        for (int k = 2; k <= 9; k++) {
            List<Color> colors = ramp.colors(k);
            assertThat(colors).hasSize(k).doesNotHaveDuplicates().doesNotContain(ColorRamp.NO_DATA);
            for (int i = 1; i < k; i++) {
                assertThat(luminance(colors.get(i))).as("%s k=%d class %d", ramp, k, i).isLessThan(luminance(colors.get(i - 1)));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ColorRamp.class)
    void endsAreThePublishedColours(ColorRamp ramp) {
        List<Color> five = ramp.colors(5);
        assertThat(five).hasSize(5);
        if (ramp == ColorRamp.VIRIDIS) {
            // Reversed, as on the web map: yellow for the fewest, dark purple for the most.
            assertThat(five.get(0)).isEqualTo(Color.decode("#fde725"));
            assertThat(five.get(4)).isEqualTo(Color.decode("#440154"));
        }
        if (ramp == ColorRamp.PU_OR) {
            assertThat(five.get(2)).isEqualTo(Color.decode("#f7f7f7"));
        }
    }
}
