package co.presencia.map;

import java.awt.Color;
import java.util.List;
import java.util.Locale;

/**
 * Colour-blind-safe ramps. ColorBrewer schemes (Cynthia Brewer, Penn State; Apache-2.0 licence) are given with
 * their published 9-class colours and sampled; viridis (Smith and van der Walt, CC0) by 9 anchors along the
 * original map, reversed. Sequential ramps, viridis included, run light (low) to dark (high): more is darker on a
 * white page, as on the web map. PuOr is diverging, for values around a midpoint.
 */
public enum ColorRamp {
    VIRIDIS("viridis", "#fde725", "#addc30", "#5ec962", "#28ae80", "#21918c", "#2c728e", "#3b528b", "#472d7b", "#440154"),
    YL_GN_BU("ylgnbu", "#ffffd9", "#edf8b1", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#253494", "#081d58"),
    BLUES("blues", "#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b"),
    PU_OR("puor", "#b35806", "#e08214", "#fdb863", "#fee0b6", "#f7f7f7", "#d8daeb", "#b2abd2", "#8073ac", "#542788");

    /** Grey for units without a value ("Sin dato"). */
    public static final Color NO_DATA = new Color(0xd9, 0xd9, 0xd9);
    /** Pale cream for units whose value is 0 on a map of counts (not reached), apart from every ramp colour. */
    public static final Color ZERO = new Color(0xf4, 0xf1, 0xe8);

    private final String id;
    private final List<Color> anchors;

    ColorRamp(String id, String... hex) {
        this.id = id;
        this.anchors = List.of(hex).stream().map(Color::decode).toList();
    }

    public String id() {
        return id;
    }

    public static ColorRamp parse(String text) {
        String key = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        for (ColorRamp ramp : values()) {
            if (ramp.id.equals(key)) {
                return ramp;
            }
        }
        throw new IllegalArgumentException("Unknown colour ramp '" + text + "': use viridis, ylgnbu, blues or puor");
    }

    /**
     * {@code k} colours spread over the ramp. For the light-to-dark ColorBrewer ramps the lightest anchor is
     * skipped when k is small, so the first class stays distinguishable from the white page and the grey of "Sin
     * dato".
     */
    public List<Color> colors(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1");
        }
        double start = (this == YL_GN_BU || this == BLUES) && k <= 7 ? 1 : 0;
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
}
