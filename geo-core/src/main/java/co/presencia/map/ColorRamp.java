package co.presencia.map;

import java.awt.Color;
import java.util.List;
import java.util.Objects;

/**
 * A colour-blind-safe ramp as {@code color-ramps.json} defines it ({@link ColorRamps}): the colours the static maps
 * and the web map sample for k classes. Sequential ramps, viridis included, run light (low) to dark (high): more is
 * darker on a white page. A diverging ramp (PuOr) is for values around a midpoint.
 *
 * @param id               what users write ({@code viridis}, {@code ylgnbu}): the {@code ramp} parameter
 * @param name             what a menu shows ("YlGnBu (ColorBrewer)")
 * @param kind             sequential or diverging
 * @param skipLightestUpTo for k up to this many classes the sampling starts at the second anchor, so the first class
 *                         stays apart from the white page and the no-data grey (0: never skip)
 * @param anchors          at least two colours, first to last
 */
public record ColorRamp(String id, String name, Kind kind, int skipLightestUpTo, List<Color> anchors) {

    public enum Kind { SEQUENTIAL, DIVERGING }

    public ColorRamp {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        anchors = List.copyOf(anchors);
        if (anchors.size() < 2) {
            throw new IllegalArgumentException("Ramp " + id + " needs at least two colours");
        }
        if (skipLightestUpTo < 0) {
            throw new IllegalArgumentException("Ramp " + id + ": skipLightestUpTo must not be negative");
        }
    }

    /** The ramp of the standard definition named {@code text} (case, '-' and '_' ignored: "YlGnBu", "yl-gn-bu"). */
    public static ColorRamp parse(String text) {
        return ColorRamps.standard().parse(text);
    }

    /**
     * {@code k} colours spread evenly over the anchors, interpolated linearly in sRGB and rounded; with one class, the
     * middle of the sampled range. The web map computes the same colours from the same definition.
     */
    public List<Color> colors(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1");
        }
        double start = k <= skipLightestUpTo ? 1 : 0;
        double end = anchors.size() - 1;
        Color[] colors = new Color[k];
        for (int i = 0; i < k; i++) {
            double t = k == 1 ? (start + end) / 2 : start + (end - start) * i / (k - 1);
            colors[i] = at(t);
        }
        return List.of(colors);
    }

    private Color at(double position) {
        int i = (int) Math.floor(position);
        if (i >= anchors.size() - 1) {
            return anchors.get(anchors.size() - 1);
        }
        double f = position - i;
        Color a = anchors.get(i);
        Color b = anchors.get(i + 1);
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * f),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * f),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * f));
    }

    /** {@code #rrggbb}, lower case, as the definition and the web map write colours. */
    public static String hex(Color color) {
        return String.format(java.util.Locale.ROOT, "#%02x%02x%02x", color.getRed(), color.getGreen(), color.getBlue());
    }
}
