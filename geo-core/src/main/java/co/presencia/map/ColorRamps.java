package co.presencia.map;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one definition of the maps' colours, {@code co/presencia/map/color-ramps.json}: the ramps, the colour of 0 on
 * a map of counts ({@link #zero()}) and that of a unit without a value ({@link #noData()}). The static PNG/SVG maps
 * read it here; the web serves the same file to the map page, which samples it with the same rule
 * ({@link ColorRamp#colors(int)}), so both draw the same colours. Immutable.
 */
public final class ColorRamps {

    /** The classpath resource, beside this class. */
    public static final String RESOURCE = "color-ramps.json";

    private static final Pattern HEX = Pattern.compile("#[0-9a-f]{6}");
    private static final ColorRamps STANDARD = read(json());

    private final Color noData;
    private final Color zero;
    private final Map<String, ColorRamp> ramps;
    private final List<ColorRamp> order;

    private ColorRamps(Color noData, Color zero, Map<String, ColorRamp> ramps) {
        this.noData = noData;
        this.zero = zero;
        this.ramps = Map.copyOf(ramps);
        this.order = List.copyOf(ramps.values());
    }

    /** The definition shipped with the application. */
    public static ColorRamps standard() {
        return STANDARD;
    }

    /** The definition's bytes as shipped (UTF-8 JSON), for serving to the web map unchanged. */
    public static byte[] json() {
        try (InputStream in = ColorRamps.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource co/presencia/map/" + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads and checks a definition: colours {@code #rrggbb} in lower case, unique ids, at least two anchors each. */
    static ColorRamps read(byte[] json) {
        JsonNode root = JsonMapper.shared().readTree(json);
        Map<String, ColorRamp> ramps = new LinkedHashMap<>();
        for (JsonNode node : root.required("ramps")) {
            String id = node.required("id").asString();
            List<Color> anchors = node.required("colours").valueStream().map(c -> color(c.asString())).toList();
            ColorRamp ramp = new ColorRamp(id, node.required("name").asString(),
                    ColorRamp.Kind.valueOf(node.required("kind").asString().toUpperCase(Locale.ROOT)),
                    node.required("skipLightestUpTo").asInt(), anchors);
            if (ramps.put(id, ramp) != null) {
                throw new IllegalArgumentException("Ramp " + id + " is defined twice");
            }
        }
        return new ColorRamps(color(root.required("noData").asString()), color(root.required("zero").asString()), ramps);
    }

    private static Color color(String hex) {
        if (!HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("Colour '" + hex + "' is not #rrggbb in lower case");
        }
        return Color.decode(hex);
    }

    /** Grey for units without a value ("Sin dato"). */
    public Color noData() {
        return noData;
    }

    /** The colour of 0 on a map of counts (a unit not reached), apart from every ramp colour. */
    public Color zero() {
        return zero;
    }

    /** Every ramp, in the definition's order. */
    public List<ColorRamp> ramps() {
        return order;
    }

    /** The ramp named {@code text} (case, '-' and '_' ignored). */
    public ColorRamp parse(String text) {
        String key = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        ColorRamp ramp = ramps.get(key);
        if (ramp == null) {
            throw new IllegalArgumentException("Unknown colour ramp '" + text + "': use " + String.join(", ", order.stream().map(ColorRamp::id).toList()));
        }
        return ramp;
    }
}
