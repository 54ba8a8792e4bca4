package co.presencia.map;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The classes of a choropleth and the colour of each value: the rule the static maps and the web map share
 * ({@code static/map/classify.js} implements it line for line, and the shared test vectors check both).
 *
 * <ul>
 *   <li>Units without a value (null, NaN) take the {@link ColorRamps#noData()} colour and are not classified.</li>
 *   <li>When no value is negative and some are 0 (a count with units not reached), 0 is a class of its own in the
 *       {@link ColorRamps#zero()} colour, and the positive values are classified into {@code k} classes, so "not
 *       reached" never shares a colour with "reached a little".</li>
 *   <li>Otherwise every value is classified into {@code k} classes.</li>
 *   <li>Class {@code i} takes colour {@code i} of {@code ramp.colors(classes())}.</li>
 * </ul>
 *
 * @param zeroClass whether 0 is a class of its own
 * @param breaks    the classes of the classified values, or null when none is left to classify (all 0, or no value)
 * @param colors    one per class of {@code breaks}
 */
public record ChoroplethClasses(boolean zeroClass, ClassBreaks breaks, List<Color> colors, Color zero, Color noData) {

    public ChoroplethClasses {
        colors = List.copyOf(colors);
        Objects.requireNonNull(zero, "zero");
        Objects.requireNonNull(noData, "noData");
        if (colors.size() != (breaks == null ? 0 : breaks.classes())) {
            throw new IllegalArgumentException("One colour per class");
        }
    }

    /** Classifies {@code values} (null for "no value") into {@code k} classes with the ramps' standard definition. */
    public static ChoroplethClasses of(List<Double> values, ClassificationMethod method, int k, ColorRamp ramp) {
        return of(values, method, k, ramp, ColorRamps.standard());
    }

    public static ChoroplethClasses of(List<Double> values, ClassificationMethod method, int k, ColorRamp ramp, ColorRamps palette) {
        List<Double> present = new ArrayList<>();
        for (Double v : values) {
            if (v != null && !v.isNaN()) {
                present.add(v);
            }
        }
        boolean zeroClass = present.stream().allMatch(v -> v >= 0) && present.stream().anyMatch(v -> v == 0);
        double[] classified = present.stream().filter(v -> !zeroClass || v > 0).mapToDouble(Double::doubleValue).toArray();
        if (classified.length == 0) {
            return new ChoroplethClasses(zeroClass, null, List.of(), palette.zero(), palette.noData());
        }
        ClassBreaks breaks = method.classify(classified, k);
        return new ChoroplethClasses(zeroClass, breaks, ramp.colors(breaks.classes()), palette.zero(), palette.noData());
    }

    /** How many classes the classified values fall into (the zero class not counted). */
    public int classes() {
        return colors.size();
    }

    /** The colour of a unit with this value. */
    public Color colorOf(Double value) {
        int klass = classOf(value);
        return klass == NO_DATA ? noData : klass == ZERO ? zero : colors.get(klass);
    }

    /** Class index for {@link #classOf}: the unit has no value. */
    public static final int NO_DATA = -2;
    /** Class index for {@link #classOf}: the value is 0 and 0 is a class of its own. */
    public static final int ZERO = -1;

    /** The class of a value: {@link #NO_DATA}, {@link #ZERO}, or 0 … classes()-1. */
    public int classOf(Double value) {
        if (value == null || value.isNaN() || breaks == null && !(zeroClass && value == 0)) {
            return NO_DATA;
        }
        if (zeroClass && value == 0) {
            return ZERO;
        }
        return breaks.classOf(value);
    }
}
