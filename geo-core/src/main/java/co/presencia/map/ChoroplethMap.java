package co.presencia.map;

import java.util.List;
import java.util.Objects;

/**
 * What to draw: a titled choropleth of {@code features} classified by {@code method} into {@code classes} classes
 * coloured with {@code ramp}, {@code width} pixels wide (the height follows from Colombia's shape).
 *
 * @param title       the heading ("Densidad de población por municipio, 2023")
 * @param subtitle    a line under it (unit, method), may be empty
 * @param legendTitle the legend heading (the unit: "Habitantes por km²")
 * @param source      the source line at the foot ("Fuente: DANE …")
 */
public record ChoroplethMap(String title, String subtitle, String legendTitle, String source, List<MapFeature> features,
                            ClassificationMethod method, int classes, ColorRamp ramp, int width) {

    public static final int MIN_WIDTH = 400;
    public static final int MAX_WIDTH = 4000;

    public ChoroplethMap {
        Objects.requireNonNull(title, "title");
        subtitle = subtitle == null ? "" : subtitle;
        Objects.requireNonNull(legendTitle, "legendTitle");
        Objects.requireNonNull(source, "source");
        features = List.copyOf(features);
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(ramp, "ramp");
        if (classes < 2 || classes > 9) {
            throw new IllegalArgumentException("classes must be between 2 and 9, got " + classes);
        }
        if (width < MIN_WIDTH || width > MAX_WIDTH) {
            throw new IllegalArgumentException("width must be between " + MIN_WIDTH + " and " + MAX_WIDTH + " px, got " + width);
        }
        if (features.isEmpty()) {
            throw new IllegalArgumentException("A map needs at least one feature");
        }
    }
}
