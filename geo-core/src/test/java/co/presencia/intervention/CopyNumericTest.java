package co.presencia.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The binary numeric reads back, by PostgreSQL's rules (value = Σ digit · 10000^(weight − i)), as the amount written,
 * with its scale as display scale and no leading or trailing zero digit; the PostGIS import tests store and sum it.
 */
class CopyNumericTest {

    @Test
    void amountsOfEveryShapeReadBackExactly() {
        List<BigDecimal> values = new ArrayList<>(List.of(BigDecimal.ZERO, new BigDecimal("0.00"), new BigDecimal("0.01"),
                new BigDecimal("15000000.00"), new BigDecimal("64000000"), new BigDecimal("1E+7"), new BigDecimal("-2.5"),
                new BigDecimal("9999.9999"), new BigDecimal("10000"), new BigDecimal("0.00010"), new BigDecimal("123456789012345678.99"),
                new BigDecimal("1234.5678912"), new BigDecimal("-0.0001")));
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 5_000; i++) {
            BigInteger unscaled = BigInteger.valueOf(random.nextLong()).shiftRight(random.nextInt(0, 60));
            values.add(new BigDecimal(unscaled, random.nextInt(-3, 9)));
        }
        for (BigDecimal value : values) {
            byte[] b = new byte[64];
            int end = CopyNumeric.write(b, 0, value);
            ByteBuffer read = ByteBuffer.wrap(b, 0, end);
            int length = read.getInt();
            assertThat(length).as("%s: length", value).isEqualTo(end - 4);
            int count = read.getShort();
            int weight = read.getShort();
            int sign = read.getShort();
            int displayScale = read.getShort();
            BigDecimal back = BigDecimal.ZERO;
            List<Integer> digits = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int digit = read.getShort();
                digits.add(digit);
                back = back.add(BigDecimal.valueOf(digit).multiply(BigDecimal.valueOf(10_000).pow(weight - i + 20))
                        .movePointLeft(80));
            }
            if (sign == 0x4000) {
                back = back.negate();
            }
            assertThat(back.compareTo(value)).as("%s read back as %s", value, back).isZero();
            assertThat(displayScale).as("%s: display scale", value).isEqualTo(Math.max(0, value.scale()));
            assertThat(sign).as("%s: sign", value).isEqualTo(value.signum() < 0 ? 0x4000 : 0);
            assertThat(digits).as("%s: digits", value).allMatch(d -> d >= 0 && d < 10_000);
            if (!digits.isEmpty()) {
                assertThat(digits.get(0)).as("%s: no leading zero digit", value).isNotZero();
                assertThat(digits.get(digits.size() - 1)).as("%s: no trailing zero digit", value).isNotZero();
            }
        }
    }

    @Test
    void aNullAmountIsANullField() {
        byte[] b = new byte[8];
        assertThat(CopyNumeric.write(b, 2, null)).isEqualTo(6);
        assertThat(ByteBuffer.wrap(b, 2, 4).getInt()).isEqualTo(-1);
    }
}
