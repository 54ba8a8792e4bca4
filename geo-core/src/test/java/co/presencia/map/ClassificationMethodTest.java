package co.presencia.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClassificationMethodTest {

    /** Three obvious groups; Jenks must find them, quantiles cut by count. */
    private static final double[] GROUPS = {1, 2, 3, 10, 11, 12, 20, 21, 22};

    @Test
    void jenksFindsTheNaturalGroups() {
        assertThat(ClassificationMethod.JENKS.classify(GROUPS, 3).bounds()).containsExactly(1, 3, 12, 22);
    }

    @Test
    void jenksFindsTheLeastSquaresPartition() {
        // Expected classes {4..10}, {18..20}, {31..33}: the least within-class sum of squares over all 36 ways to cut
        // ten sorted values in three (checked by enumerating them when this test was written).
        double[] values = {4, 5, 9, 10, 18, 19, 20, 31, 32, 33};
        ClassBreaks breaks = ClassificationMethod.JENKS.classify(values, 3);
        assertThat(breaks.bounds()).containsExactly(4, 10, 20, 33);
    }

    @Test
    void quantilesPutTheSameNumberInEachClass() {
        ClassBreaks breaks = ClassificationMethod.QUANTILES.classify(GROUPS, 3);
        assertThat(breaks.bounds()).containsExactly(1, 3, 12, 22);
        int[] counts = new int[3];
        for (double v : GROUPS) {
            counts[breaks.classOf(v)]++;
        }
        assertThat(counts).containsExactly(3, 3, 3);
    }

    @Test
    void repeatedValuesGiveFewerClassesNotEmptyOnes() {
        double[] values = {0, 0, 0, 0, 0, 0, 5};
        assertThat(ClassificationMethod.QUANTILES.classify(values, 5).classes()).isEqualTo(1);
        assertThat(ClassificationMethod.JENKS.classify(new double[] {7, 7, 7}, 4).classes()).isEqualTo(1);
    }

    @Test
    void nanIsIgnoredAndClassOfClampsToTheEnds() {
        ClassBreaks breaks = ClassificationMethod.JENKS.classify(new double[] {Double.NaN, 1, 2, 3, 10}, 2);
        assertThat(breaks.bounds()).containsExactly(1, 3, 10);
        assertThat(breaks.classOf(-5)).isZero();
        assertThat(breaks.classOf(99)).isEqualTo(1);
    }

    @Test
    void equalIntervalsCutTheRangeIntoEqualWidths() {
        assertThat(ClassificationMethod.EQUAL_INTERVALS.classify(GROUPS, 3).bounds()).containsExactly(1, 8, 15, 22);
        assertThat(ClassificationMethod.EQUAL_INTERVALS.classify(new double[] {4, 4}, 3).bounds()).containsExactly(4, 4);
    }

    @Test
    void parsesTheNamesUsersWrite() {
        assertThat(ClassificationMethod.parse("Quantiles")).isEqualTo(ClassificationMethod.QUANTILES);
        assertThat(ClassificationMethod.parse("natural-breaks")).isEqualTo(ClassificationMethod.JENKS);
        assertThat(ClassificationMethod.parse("equal")).isEqualTo(ClassificationMethod.EQUAL_INTERVALS);
        assertThat(ClassificationMethod.EQUAL_INTERVALS.id()).isEqualTo("equal");
    }
}
