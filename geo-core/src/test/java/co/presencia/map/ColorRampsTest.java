package co.presencia.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The one colour definition: what it contains, and that a broken one is refused rather than half-read. */
class ColorRampsTest {

    @Test
    void theStandardDefinitionHasTheRampsAndReservedColours() {
        ColorRamps standard = ColorRamps.standard();
        assertThat(standard.ramps()).extracting(ColorRamp::id).containsExactly("viridis", "ylgnbu", "blues", "purples", "puor");
        assertThat(standard.ramps()).allSatisfy(r -> assertThat(r.anchors()).hasSize(9));
        assertThat(standard.noData()).isEqualTo(new Color(0xd9, 0xd9, 0xd9));
        assertThat(standard.zero()).isEqualTo(new Color(0xf4, 0xf1, 0xe8));
    }

    @Test
    void theServedBytesAreTheDefinitionRead() {
        byte[] json = ColorRamps.json();
        ColorRamps read = ColorRamps.read(json);
        assertThat(read.ramps()).isEqualTo(ColorRamps.standard().ramps());
        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"noData\": \"#d9d9d9\"");
    }

    @Test
    void aBrokenDefinitionIsRefused() {
        String twice = "{\"noData\":\"#d9d9d9\",\"zero\":\"#f4f1e8\",\"ramps\":["
                + "{\"id\":\"a\",\"name\":\"A\",\"kind\":\"sequential\",\"skipLightestUpTo\":0,\"colours\":[\"#000000\",\"#ffffff\"]},"
                + "{\"id\":\"a\",\"name\":\"A\",\"kind\":\"sequential\",\"skipLightestUpTo\":0,\"colours\":[\"#000000\",\"#ffffff\"]}]}";
        assertThatThrownBy(() -> ColorRamps.read(twice.getBytes(StandardCharsets.UTF_8))).hasMessageContaining("defined twice");
        String upper = "{\"noData\":\"#D9D9D9\",\"zero\":\"#f4f1e8\",\"ramps\":[]}";
        assertThatThrownBy(() -> ColorRamps.read(upper.getBytes(StandardCharsets.UTF_8))).hasMessageContaining("#D9D9D9");
        String oneColour = "{\"noData\":\"#d9d9d9\",\"zero\":\"#f4f1e8\",\"ramps\":["
                + "{\"id\":\"a\",\"name\":\"A\",\"kind\":\"sequential\",\"skipLightestUpTo\":0,\"colours\":[\"#000000\"]}]}";
        assertThatThrownBy(() -> ColorRamps.read(oneColour.getBytes(StandardCharsets.UTF_8))).hasMessageContaining("two colours");
    }
}
