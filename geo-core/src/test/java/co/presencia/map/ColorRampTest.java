package co.presencia.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ColorRampTest {

    private static double luminance(Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ylgnbu", "blues", "purples", "viridis"})
    void sequentialRampsGetDarkerAndAvoidTheReservedColours(String id) {
        ColorRamp ramp = ColorRamp.parse(id);
        assertThat(ramp.kind()).isEqualTo(ColorRamp.Kind.SEQUENTIAL);
        for (int k = 2; k <= 9; k++) {
            List<Color> colors = ramp.colors(k);
            assertThat(colors).hasSize(k).doesNotHaveDuplicates()
                    .doesNotContain(ColorRamps.standard().noData(), ColorRamps.standard().zero());
            for (int i = 1; i < k; i++) {
                assertThat(luminance(colors.get(i))).as("%s k=%d class %d", id, k, i).isLessThan(luminance(colors.get(i - 1)));
            }
        }
    }

    @Test
    void endsAreThePublishedColours() {
        // Reversed, as on the web map: yellow for the fewest, dark purple for the most.
        List<Color> viridis = ColorRamp.parse("viridis").colors(5);
        assertThat(viridis.get(0)).isEqualTo(Color.decode("#fde725"));
        assertThat(viridis.get(4)).isEqualTo(Color.decode("#440154"));
        // PuOr is diverging: its middle class is the neutral grey.
        assertThat(ColorRamp.parse("puor").colors(5).get(2)).isEqualTo(Color.decode("#f7f7f7"));
        // ColorBrewer's lightest colour is skipped up to 7 classes (too close to the page), used from 8 on.
        assertThat(ColorRamp.parse("blues").colors(7).get(0)).isEqualTo(Color.decode("#deebf7"));
        assertThat(ColorRamp.parse("blues").colors(8).get(0)).isEqualTo(Color.decode("#f7fbff"));
    }

    @Test
    void parsesTheNamesUsersWriteAndNamesTheKnownOnes() {
        assertThat(ColorRamp.parse(" YlGnBu ").id()).isEqualTo("ylgnbu");
        assertThat(ColorRamp.parse("Pu_Or").id()).isEqualTo("puor");
        assertThatThrownBy(() -> ColorRamp.parse("rainbow"))
                .hasMessage("Unknown colour ramp 'rainbow': use viridis, ylgnbu, blues, purples, puor");
    }

    @Test
    void hexIsLowerCaseWithSixDigits() {
        assertThat(ColorRamp.hex(new Color(8, 29, 88))).isEqualTo("#081d58");
    }
}
