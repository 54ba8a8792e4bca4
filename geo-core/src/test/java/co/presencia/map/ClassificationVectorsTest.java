package co.presencia.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shared vectors ({@code classification-vectors.json}) that the web map's JavaScript is checked against too
 * ({@code web/src/test/js/vectors.test.js}): class limits per method, ramp colours per k, and whole choropleths with
 * zeros and units without a value.
 */
class ClassificationVectorsTest {

    private static final JsonNode VECTORS = read();

    private static JsonNode read() {
        try (InputStream in = ClassificationVectorsTest.class.getResourceAsStream("classification-vectors.json")) {
            return JsonMapper.shared().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Stream<Named<JsonNode>> cases(String kind) {
        List<Named<JsonNode>> cases = new ArrayList<>();
        for (JsonNode c : VECTORS.get(kind)) {
            String name = c.has("name") ? c.get("name").asString() : c.get("ramp").asString() + ", " + c.get("classes").asInt();
            cases.add(Named.of(name, c));
        }
        return cases.stream();
    }

    static Stream<Named<JsonNode>> breaks() {
        return cases("breaks");
    }

    static Stream<Named<JsonNode>> colours() {
        return cases("colours");
    }

    static Stream<Named<JsonNode>> choropleths() {
        return cases("choropleth");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breaks")
    void classLimits(JsonNode c) {
        double[] values = c.get("values").valueStream().mapToDouble(JsonNode::asDouble).toArray();
        ClassBreaks breaks = ClassificationMethod.parse(c.get("method").asString()).classify(values, c.get("classes").asInt());
        assertThat(breaks.bounds()).containsExactly(doubles(c.get("bounds")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("colours")
    void rampColours(JsonNode c) {
        List<String> colours = ColorRamp.parse(c.get("ramp").asString()).colors(c.get("classes").asInt()).stream().map(ColorRamp::hex).toList();
        assertThat(colours).containsExactlyElementsOf(strings(c.get("colours")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("choropleths")
    void choroplethClasses(JsonNode c) {
        List<Double> values = new ArrayList<>();
        c.get("values").forEach(v -> values.add(v.isNull() ? null : v.asDouble()));
        ChoroplethClasses classes = ChoroplethClasses.of(values, ClassificationMethod.parse(c.get("method").asString()),
                c.get("classes").asInt(), ColorRamp.parse(c.get("ramp").asString()));
        assertThat(classes.zeroClass()).isEqualTo(c.get("zeroClass").asBoolean());
        assertThat(classes.breaks() == null ? new double[0] : classes.breaks().bounds()).containsExactly(doubles(c.get("bounds")));
        assertThat(classes.colors().stream().map(ColorRamp::hex).toList()).containsExactlyElementsOf(strings(c.get("colours")));
        assertThat(values.stream().map(v -> ColorRamp.hex(classes.colorOf(v))).toList()).containsExactlyElementsOf(strings(c.get("valueColours")));
    }

    private static double[] doubles(JsonNode array) {
        return array.valueStream().mapToDouble(JsonNode::asDouble).toArray();
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
