package co.presencia.map;

import java.util.Arrays;

/**
 * Class limits for a choropleth: {@code bounds[0]} is the minimum, {@code bounds[k]} the maximum; class {@code i}
 * holds values in {@code (bounds[i], bounds[i+1]]}, and the first class also holds the minimum.
 */
public record ClassBreaks(double[] bounds) {

    public ClassBreaks {
        if (bounds.length < 2) {
            throw new IllegalArgumentException("At least one class (two bounds) is needed");
        }
        bounds = bounds.clone();
        for (int i = 1; i < bounds.length; i++) {
            if (bounds[i] < bounds[i - 1]) {
                throw new IllegalArgumentException("Bounds must not decrease: " + Arrays.toString(bounds));
            }
        }
    }

    public int classes() {
        return bounds.length - 1;
    }

    @Override
    public double[] bounds() {
        return bounds.clone();
    }

    public double lower(int klass) {
        return bounds[klass];
    }

    public double upper(int klass) {
        return bounds[klass + 1];
    }

    /** The class of {@code value}: 0 … classes()-1; values outside the range go to the nearest end class. */
    public int classOf(double value) {
        for (int i = 1; i < bounds.length - 1; i++) {
            if (value <= bounds[i]) {
                return i - 1;
            }
        }
        return bounds.length - 2;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClassBreaks other && Arrays.equals(bounds, other.bounds);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bounds);
    }

    @Override
    public String toString() {
        return "ClassBreaks" + Arrays.toString(bounds);
    }
}
