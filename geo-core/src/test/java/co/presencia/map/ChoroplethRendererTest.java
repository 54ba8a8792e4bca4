package co.presencia.map;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.feature.FeatureCollection;
import co.presencia.feature.FeatureCollections;
import co.presencia.feature.TerritoryFeatureCollections;
import co.presencia.testing.ReferenceData;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.w3c.dom.Document;

/**
 * Renders the real municipal and department maps and saves them under {@code geo-core/target/maps/} for a person to
 * look at (the PNGs were looked at when this test was written: Colombia recognisable, legend readable, San Andrés
 * and Providencia in the inset).
 */
class ChoroplethRendererTest {

    private static final Path OUT = Path.of("target", "maps");
    private static FeatureCollections collections;
    private final ChoroplethRenderer renderer = new ChoroplethRenderer();

    @BeforeAll
    static void load() throws Exception {
        collections = new FeatureCollections(List.of(new TerritoryFeatureCollections(ReferenceData.catalog(), 2023, null)));
        Files.createDirectories(OUT);
    }

    private static ChoroplethMap map(String level, String value, ClassificationMethod method, ColorRamp ramp, int width) {
        FeatureCollection collection = collections.get(level).orElseThrow();
        return CollectionChoropleth.of(collection, Map.of("year", "2023"), Map.of(), value, method, 5, ramp, width, null);
    }

    @Test
    void municipalDensityMapAsPngAndSvg() throws Exception {
        ChoroplethMap map = map("municipalities", "density_km2", ClassificationMethod.QUANTILES, ColorRamp.parse("viridis"), 1000);
        byte[] png = renderer.png(map);
        String svg = renderer.svg(map);
        Files.write(OUT.resolve("municipalities-density-2023.png"), png);
        Files.writeString(OUT.resolve("municipalities-density-2023.svg"), svg, StandardCharsets.UTF_8);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isBetween(1300, 1600);
        // Bogotá (4.65°N 74.1°W) is drawn in a class colour, not the white page.
        assertThat(image.getRGB(image.getWidth() / 2, image.getHeight() / 2) & 0xffffff).isNotEqualTo(0xffffff);

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        // 1,121 units in 2023 in the main map (San Andrés and Providencia drawn in the inset instead) + outlines.
        assertThat(doc.getElementsByTagName("path").getLength()).isGreaterThan(1121);
        assertThat(svg).contains("Providencia y Santa Catalina").contains("Fuente: DANE").contains("EPSG:9377");

        Legend legend = ChoroplethRenderer.legend(map);
        assertThat(legend.entries()).hasSize(5);
        assertThat(legend.entries().stream().mapToInt(Legend.Entry::count).sum()).isEqualTo(1121);
        assertThat(legend.noData()).isNull();
    }

    @Test
    void departmentPopulationMapWithJenks() throws Exception {
        ChoroplethMap map = map("departments", "population", ClassificationMethod.JENKS, ColorRamp.parse("ylgnbu"), 800);
        Files.write(OUT.resolve("departments-population-2023.png"), renderer.png(map));
        Files.writeString(OUT.resolve("departments-population-2023.svg"), renderer.svg(map), StandardCharsets.UTF_8);
        Legend legend = ChoroplethRenderer.legend(map);
        assertThat(legend.entries().stream().mapToInt(Legend.Entry::count).sum()).isEqualTo(33);
        // Bogotá and Antioquia, the two most populous, share the top class.
        assertThat(legend.entries().get(legend.entries().size() - 1).count()).isEqualTo(2);
        assertThat(legend.entries().get(0).label()).matches("[0-9.]+ – [0-9.]+");
    }

    @Test
    void zerosGetAClassOfTheirOwnOnAMapOfCounts() {
        // 3 departments not reached (0) and 30 reached with 1…30: the zeros must not share a colour with the 1s.
        // The positive values get all the classes asked for (4), as on the web map; 0 is a class besides them.
        List<MapFeature> units = new java.util.ArrayList<>();
        int i = 0;
        for (co.presencia.territory.DepartmentBoundary d : ReferenceData.catalog().departments()) {
            units.add(new MapFeature(d.department().code().value(), null, d.geometry(), i < 3 ? 0.0 : i - 2.0));
            i++;
        }
        ChoroplethMap map = new ChoroplethMap("Beneficiarios", "", "Beneficiarios", "Fuente: prueba", units,
                ClassificationMethod.QUANTILES, 4, ColorRamp.parse("viridis"), 600);
        Legend legend = ChoroplethRenderer.legend(map);
        assertThat(legend.entries()).extracting(Legend.Entry::label).containsExactly("0", "1 – 8", "8 – 15", "15 – 23", "23 – 30");
        assertThat(legend.entries()).extracting(Legend.Entry::count).containsExactly(3, 8, 7, 8, 7);
        assertThat(legend.entries().get(0).color()).isEqualTo(ColorRamps.standard().zero());
        assertThat(legend.entries().subList(1, 5)).extracting(Legend.Entry::color).containsExactlyElementsOf(ColorRamp.parse("viridis").colors(4));

        // Without zeros, or with negative values, every value is classified.
        List<MapFeature> signed = units.stream().map(u -> new MapFeature(u.id(), null, u.geometry(), u.value() - 5)).toList();
        Legend diverging = ChoroplethRenderer.legend(new ChoroplethMap("x", "", "x", "x", signed, ClassificationMethod.QUANTILES, 4,
                ColorRamp.parse("puor"), 600));
        assertThat(diverging.entries()).hasSize(4).noneMatch(e -> e.color().equals(ColorRamps.standard().zero()));

        // Units without a value are counted apart, in the no-data grey.
        List<MapFeature> gaps = units.stream().map(u -> u.value() == 1.0 ? new MapFeature(u.id(), null, u.geometry(), null) : u).toList();
        Legend withGaps = ChoroplethRenderer.legend(new ChoroplethMap("x", "", "x", "x", gaps, ClassificationMethod.QUANTILES, 4,
                ColorRamp.parse("viridis"), 600));
        assertThat(withGaps.noData()).isEqualTo(new Legend.Entry("Sin dato", ColorRamps.standard().noData(), 1));
    }

    @Test
    void simplificationKeepsAValidCoverage() {
        ChoroplethMap map = map("municipalities", "population", ClassificationMethod.QUANTILES, ColorRamp.parse("blues"), 600);
        Geometry[] simplified = renderer.simplifiedMain(map);
        Geometry[] present = java.util.Arrays.stream(simplified).filter(g -> g != null).toArray(Geometry[]::new);
        assertThat(present).hasSize(1121 - 2);
        assertThat(CoverageValidator.isValid(present)).isTrue();
        int vertices = java.util.Arrays.stream(present).mapToInt(Geometry::getNumPoints).sum();
        assertThat(vertices).as("simplified for 600 px").isLessThan(197_804 / 3);
    }

    @Test
    void aCacheKeepsTheProjectedUnitsOfTheLastMaps() {
        ProjectedUnitsCache cache = new ProjectedUnitsCache(1);
        ChoroplethRenderer cached = new ChoroplethRenderer(cache);
        ChoroplethMap departments = map("departments", "population", ClassificationMethod.QUANTILES, ColorRamp.parse("viridis"), 600);
        Geometry[] first = cached.simplifiedMain(departments);
        assertThat(cache.size()).isEqualTo(1);
        Geometry[] again = cached.simplifiedMain(departments);
        assertThat(again[0]).as("the same simplified geometry, not a new one").isSameAs(first[0]);
        ChoroplethMap wider = map("departments", "population", ClassificationMethod.QUANTILES, ColorRamp.parse("viridis"), 800);
        assertThat(cached.simplifiedMain(wider)[0]).isNotSameAs(first[0]);
        assertThat(cache.size()).as("capacity 1: the older width was dropped").isEqualTo(1);
        assertThat(cached.simplifiedMain(departments)[0]).isNotSameAs(first[0]);

        assertThat(renderer.simplifiedMain(departments)[0]).as("no cache: computed anew").isNotSameAs(renderer.simplifiedMain(departments)[0]);
    }

    @Test
    void writesSvgOrPngByTheFileExtension(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        ChoroplethMap map = map("departments", "population", ClassificationMethod.QUANTILES, ColorRamp.parse("viridis"), 600);
        renderer.write(map, dir.resolve("map.SVG"));
        renderer.write(map, dir.resolve("map.png"));
        assertThat(Files.readString(dir.resolve("map.SVG"))).startsWith("<?xml").contains("<svg");
        assertThat(ImageIO.read(dir.resolve("map.png").toFile()).getWidth()).isEqualTo(600);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> renderer.write(map, dir.resolve("map.gif")))
                .hasMessageContaining("must end in .png or .svg");
    }
}
