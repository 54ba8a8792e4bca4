package co.presencia.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.territory.DivipolaCode;
import java.math.BigInteger;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DistinctTextsTest {

    @Test
    void countsExactlyWhatAHashSetCounts() {
        Random random = new Random(7);
        DistinctTexts distinct = new DistinctTexts();
        Set<String> expected = new HashSet<>();
        for (int k = 0; k < 200_000; k++) {
            String text = random.nextInt(5) == 0 ? "Ñandú-" + random.nextInt(1000) : Integer.toString(random.nextInt(120_000), 36);
            assertThat(distinct.add(text)).isEqualTo(expected.add(text));
        }
        assertThat(distinct.size()).isEqualTo(expected.size());
    }

    @Test
    void textsWithTheSameFingerprintStayApart() {
        // Equal fingerprints are compared by their characters: every text gets the same fingerprint here.
        DistinctTexts distinct = new DistinctTexts(text -> 42L);
        for (int k = 0; k < 3; k++) {
            for (String text : List.of("", "a", "b", "ab", "ba", "abc", "ñ")) {
                distinct.add(text);
            }
        }
        assertThat(distinct.size()).isEqualTo(7);
    }

    @Test
    void directLoadFiguresSumHashesExactlyBeyondSixtyFourBits() throws SQLException {
        DirectLoadFigures figures = new DirectLoadFigures(new NoWriter());
        Random random = new Random(11);
        BigInteger expected = BigInteger.ZERO;
        for (int k = 0; k < 10_000; k++) {
            long hash = k % 3 == 0 ? Long.MIN_VALUE + random.nextInt(10) : k % 3 == 1 ? Long.MAX_VALUE - random.nextInt(10) : random.nextLong();
            figures.add(record("R" + k, "B" + (k % 700), k % 2 == 0 ? "05001" : "52835"), hash);
            expected = expected.add(BigInteger.valueOf(hash));
        }
        DirectLoadFigures.Figures counted = figures.figures();
        assertThat(counted.hashSum()).isEqualTo(expected);
        assertThat(counted.interventions()).isEqualTo(10_000);
        assertThat(counted.beneficiaries()).isEqualTo(700);
        assertThat(counted.municipalities()).isEqualTo(2);
    }

    private static Intervention record(String id, String beneficiary, String municipality) {
        return new Intervention(id, beneficiary, 2023, "EnCadena", Axis.ENCADENAMIENTOS, null, new DivipolaCode(municipality),
                Placement.CODE, null, null, null, null, null, null, 2);
    }

    private static final class NoWriter implements StagingWriter {
        @Override
        public void add(Intervention intervention, long rowHash) {
        }

        @Override
        public void finish() {
        }

        @Override
        public void close() {
        }
    }
}
