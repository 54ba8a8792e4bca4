package co.presencia.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.presencia.error.InvalidParameterException;
import co.presencia.error.NotFoundException;
import co.presencia.intervention.Fixtures;
import co.presencia.intervention.ImportListener;
import co.presencia.intervention.ImportOptions;
import co.presencia.testing.ReferenceData;
import co.presencia.testing.TestDatabases;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Static coverage maps from the stored dataset, as the command line's {@code static-map} and
 * {@code /api/v1/maps/...} draw them: the same collections, the same selection parameters.
 */
class StaticMapsTest {

    static Presencia presencia;

    @BeforeAll
    static void store() {
        presencia = Presencia.of(TestDatabases.h2gis(), ReferenceData.catalog(), PresenciaSettings.defaults(ReferenceData.shapefiles()));
        presencia.imports().importNow(Fixtures.path("acentos-utf8.csv"),
                ImportOptions.of("fixture", "acentos-utf8.csv").withAcceptPartial(true), ImportListener.NONE);
    }

    @Test
    void drawsEveryMunicipalityInForceAsPng() throws Exception {
        StaticMaps.Image image = presencia.maps().render("municipal-coverage", Map.of("dataset", new String[] {"fixture"},
                "year", new String[] {"2023"}, "value", new String[] {"beneficiaries"},
                "title", new String[] {"Municipios beneficiados"}), StaticMaps.Format.PNG);
        assertThat(image.units()).isEqualTo(1121);
        assertThat(image.mediaType()).isEqualTo("image/png");
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(image.bytes()));
        assertThat(png.getWidth()).isEqualTo(1000);
        assertThat(png.getHeight()).isGreaterThan(1000);
    }

    @Test
    void drawsDepartmentsAsSvg() {
        StaticMaps.Image image = presencia.maps().render("department-coverage", Map.of("dataset", new String[] {"fixture"},
                "year", new String[] {"2023"}, "value", new String[] {"beneficiaries"}), StaticMaps.Format.SVG);
        assertThat(image.units()).isEqualTo(33);
        assertThat(new String(image.bytes(), StandardCharsets.UTF_8)).startsWith("<?xml").contains("<svg").contains("Beneficiarios");
    }

    @Test
    void namesTheParameterAtFault() {
        assertThatThrownBy(() -> presencia.maps().render("municipal-coverage", Map.of("dataset", new String[] {"nope"},
                "value", new String[] {"beneficiaries"}), StaticMaps.Format.PNG))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("dataset"))
                .hasMessageContaining("nope");
        assertThatThrownBy(() -> presencia.maps().render("municipal-coverage", Map.of("colour", new String[] {"red"}),
                StaticMaps.Format.PNG))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("colour"));
        assertThatThrownBy(() -> presencia.maps().render("nope", Map.of(), StaticMaps.Format.PNG))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theServerLimitsTheWidthAndTagsMapsByDataAndRequest() {
        StaticMaps server = presencia.maps().withLimits(StaticMaps.Limits.SERVER);
        assertThatThrownBy(() -> server.render("municipalities", Map.of("width", new String[] {"4000"}), StaticMaps.Format.PNG))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("width"))
                .hasMessageContaining("2500");
        Map<String, String[]> one = Map.of("dataset", new String[] {"fixture"}, "year", new String[] {"2023"},
                "value", new String[] {"beneficiaries"}, "classes", new String[] {"4"});
        Map<String, String[]> same = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        same.putAll(one);
        String tag = server.tag("municipal-coverage", one, StaticMaps.Format.SVG).orElseThrow();
        assertThat(tag).matches("\"[0-9a-f]{32}\"");
        assertThat(server.tag("municipal-coverage", same, StaticMaps.Format.SVG)).contains(tag);
        assertThat(presencia.maps().tag("municipal-coverage", one, StaticMaps.Format.SVG))
                .as("the tag names data and request, not the instance").contains(tag);
        assertThat(server.tag("municipal-coverage", one, StaticMaps.Format.PNG)).isPresent().get().isNotEqualTo(tag);
        StaticMaps.Image drawn = server.render("municipal-coverage", one, StaticMaps.Format.SVG);
        assertThat(drawn.tag()).isEqualTo(tag);
        assertThat(server.render("municipal-coverage", same, StaticMaps.Format.SVG)).as("kept").isSameAs(drawn);
        assertThat(presencia.maps().render("municipal-coverage", one, StaticMaps.Format.SVG).bytes()).isEqualTo(drawn.bytes());
    }
}
