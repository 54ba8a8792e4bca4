package co.presencia.map;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.DoubleStream;

/**
 * How values are grouped into classes. Both methods collapse repeated limits, so a variable with few distinct
 * values gets fewer classes rather than empty ones.
 */
public enum ClassificationMethod {
    /** Each class holds (about) the same number of units. Good for skewed values such as population. */
    QUANTILES("cuantiles"),
    /** Jenks natural breaks (Fisher's exact optimal partition minimising within-class variance). */
    JENKS("cortes naturales de Jenks");

    private final String label;

    ClassificationMethod(String label) {
        this.label = label;
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
            default -> throw new IllegalArgumentException("Unknown classification '" + text + "': use quantiles or jenks");
        };
    }

    /** Breaks of {@code values} (NaN ignored) into at most {@code classes} classes. */
    public ClassBreaks classify(double[] values, int classes) {
        if (classes < 1) {
            throw new IllegalArgumentException("At least one class");
        }
        double[] sorted = DoubleStream.of(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (sorted.length == 0) {
            return new ClassBreaks(new double[] {0, 0});
        }
        double[] bounds = this == QUANTILES ? quantiles(sorted, classes) : jenks(sorted, classes);
        return new ClassBreaks(distinct(bounds));
    }

    /** Bounds at the k-quantiles of the sorted values (nearest-rank, so every bound is an observed value). */
    static double[] quantiles(double[] sorted, int k) {
        double[] bounds = new double[k + 1];
        bounds[0] = sorted[0];
        for (int i = 1; i < k; i++) {
            int rank = (int) Math.ceil(i * sorted.length / (double) k) - 1;
            bounds[i] = sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
        }
        bounds[k] = sorted[sorted.length - 1];
        return bounds;
    }

    /**
     * Jenks/Fisher optimal classification by dynamic programming over the sorted values: O(k·n²), fine for the
     * 1,122 municipalities (a few milliseconds).
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

    private static double[] distinct(double[] bounds) {
        double[] unique = Arrays.stream(bounds).distinct().toArray();
        return unique.length == 1 ? new double[] {unique[0], unique[0]} : unique;
    }
}
