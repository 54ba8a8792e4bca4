package co.presencia.map;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.DoubleStream;

/**
 * How values are grouped into classes. Every method collapses repeated limits, so a variable with few distinct
 * values gets fewer classes rather than empty ones.
 *
 * <p>The web map classifies with the same rules in JavaScript ({@code static/map/classify.js}), operation for
 * operation, so both give the same limits for the same values: the test vectors in
 * {@code co/presencia/map/classification-vectors.json} (test resources) are checked by a JUnit test and a
 * {@code node --test} test.
 */
public enum ClassificationMethod {
    /** Each class holds (about) the same number of units. Good for skewed values such as population. */
    QUANTILES("quantiles", "cuantiles"),
    /** Jenks natural breaks (Fisher's exact optimal partition minimising within-class variance). */
    JENKS("jenks", "cortes naturales de Jenks"),
    /** Classes of equal width between the minimum and the maximum. */
    EQUAL_INTERVALS("equal", "intervalos iguales");

    private final String id;
    private final String label;

    ClassificationMethod(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The id the {@code method} parameter and the web map's URL use ({@code quantiles}, {@code jenks}, {@code equal}). */
    public String id() {
        return id;
    }

    /** The Spanish name for legends ("cuantiles"). */
    public String label() {
        return label;
    }

    public static ClassificationMethod parse(String text) {
        String key = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (key) {
            case "quantiles", "quantile", "cuantiles" -> QUANTILES;
            case "jenks", "natural-breaks", "natural_breaks" -> JENKS;
            case "equal", "equal-intervals", "equal_intervals", "intervalos-iguales" -> EQUAL_INTERVALS;
            default -> throw new IllegalArgumentException("Unknown classification '" + text + "': use quantiles, jenks or equal");
        };
    }

    /** Breaks of {@code values} (NaN ignored) into at most {@code classes} classes; {@code [0, 0]} when none is left. */
    public ClassBreaks classify(double[] values, int classes) {
        if (classes < 1) {
            throw new IllegalArgumentException("At least one class");
        }
        double[] sorted = DoubleStream.of(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (sorted.length == 0) {
            return new ClassBreaks(new double[] {0, 0});
        }
        double[] bounds = switch (this) {
            case QUANTILES -> quantiles(sorted, classes);
            case JENKS -> jenks(sorted, classes);
            case EQUAL_INTERVALS -> equalIntervals(sorted, classes);
        };
        return new ClassBreaks(increasing(bounds));
    }

    /** Bounds at the k-quantiles of the sorted values (nearest rank, so every bound is an observed value). */
    static double[] quantiles(double[] sorted, int k) {
        int n = sorted.length;
        double[] bounds = new double[k + 1];
        bounds[0] = sorted[0];
        for (int i = 1; i < k; i++) {
            int rank = (int) Math.ceil(i * n / (double) k) - 1;
            bounds[i] = sorted[Math.max(0, Math.min(n - 1, rank))];
        }
        bounds[k] = sorted[n - 1];
        return bounds;
    }

    /** Bounds {@code min + (max - min) * i / k}. */
    static double[] equalIntervals(double[] sorted, int k) {
        double min = sorted[0];
        double max = sorted[sorted.length - 1];
        double[] bounds = new double[k + 1];
        bounds[0] = min;
        for (int i = 1; i < k; i++) {
            bounds[i] = min + (max - min) * i / k;
        }
        bounds[k] = max;
        return bounds;
    }

    /**
     * Jenks/Fisher optimal classification by dynamic programming over the sorted values: O(k·n²), fine for the
     * 1,122 municipalities (a few milliseconds). Of equally good cuts, the earliest wins.
     */
    static double[] jenks(double[] sorted, int k) {
        int n = sorted.length;
        if (k >= n) {
            return sorted.clone();
        }
        double[] prefix = new double[n + 1];
        double[] prefixSq = new double[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + sorted[i];
            prefixSq[i + 1] = prefixSq[i] + sorted[i] * sorted[i];
        }
        // cost[j][m]: least within-class sum of squares of the first m values in j+1 classes; cut[j][m]: start of the last class.
        double[][] cost = new double[k][n + 1];
        int[][] cut = new int[k][n + 1];
        for (int m = 1; m <= n; m++) {
            cost[0][m] = ssd(prefix, prefixSq, 0, m);
        }
        for (int j = 1; j < k; j++) {
            for (int m = j + 1; m <= n; m++) {
                double best = Double.MAX_VALUE;
                int bestStart = j;
                for (int start = j; start < m; start++) {
                    double c = cost[j - 1][start] + ssd(prefix, prefixSq, start, m);
                    if (c < best) {
                        best = c;
                        bestStart = start;
                    }
                }
                cost[j][m] = best;
                cut[j][m] = bestStart;
            }
        }
        double[] bounds = new double[k + 1];
        bounds[k] = sorted[n - 1];
        bounds[0] = sorted[0];
        int m = n;
        for (int j = k - 1; j >= 1; j--) {
            int start = cut[j][m];
            bounds[j] = sorted[start - 1];
            m = start;
        }
        return bounds;
    }

    private static double ssd(double[] prefix, double[] prefixSq, int from, int to) {
        double sum = prefix[to] - prefix[from];
        double sq = prefixSq[to] - prefixSq[from];
        return sq - sum * sum / (to - from);
    }

    /** The bounds without repeats (each kept only when greater than the last kept); one value gives {@code [v, v]}. */
    private static double[] increasing(double[] bounds) {
        double[] kept = new double[bounds.length];
        int n = 0;
        for (double b : bounds) {
            if (n == 0 || b > kept[n - 1]) {
                kept[n++] = b;
            }
        }
        return n == 1 ? new double[] {kept[0], kept[0]} : Arrays.copyOf(kept, n);
    }
}
