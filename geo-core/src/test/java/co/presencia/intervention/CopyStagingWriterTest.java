package co.presencia.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.territory.DivipolaCode;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What PostgreSQL's binary COPY receives, read back field by field: the header, every row in order with its field
 * count, the trailer. Rows of every size: a few bytes, just over the 4 KiB a buffer keeps free, and larger than a
 * whole 256 KiB buffer (encoded again into a grown one), between thousands of ordinary rows.
 */
class CopyStagingWriterTest {

    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0};

    @Test
    void everyRowReadsBackInOrderOnBothTargets() throws SQLException {
        for (String datasetId : new String[] {null, "cp-2023"}) {
            List<Intervention> rows = new ArrayList<>();
            for (int i = 0; i < 3_000; i++) {
                rows.add(row(i, "Programa " + i, i % 2 == 0));
                if (i % 500 == 7) {
                    rows.add(row(i, "é".repeat(2_100), true));                 // 4.2 KB of UTF-8
                }
                if (i == 1_234) {
                    rows.add(row(i, "x".repeat(300_000) + "🌱\uD800", false));    // larger than a buffer
                }
            }
            CopySenderTest.RecordingCopy copy = new CopySenderTest.RecordingCopy(Integer.MAX_VALUE, null);
            try (CopyStagingWriter writer = new CopyStagingWriter(copy, datasetId)) {
                for (int i = 0; i < rows.size(); i++) {
                    writer.add(rows.get(i), 1_000_000_007L * i);
                }
                writer.finish();
            }
            ByteBuffer read = ByteBuffer.wrap(copy.bytes.toByteArray());
            byte[] header = new byte[HEADER.length];
            read.get(header);
            assertThat(header).isEqualTo(HEADER);
            for (int i = 0; i < rows.size(); i++) {
                assertRow(read, rows.get(i), 1_000_000_007L * i, datasetId);
            }
            assertThat(read.getShort()).as("trailer").isEqualTo((short) -1);
            assertThat(read.hasRemaining()).isFalse();
        }
    }

    private static Intervention row(int i, String program, boolean located) {
        return new Intervention("R" + i, "B" + (i % 97), 2023, program, located ? Axis.values()[i % Axis.values().length] : null,
                located ? CompanySize.MICRO : null, new DivipolaCode("05001"), located ? Placement.POINT : Placement.CODE,
                located ? -75.5636 - i * 1e-6 : null, located ? 6.2518 : null, located ? "Manufactura" : null,
                located ? "1011" : null, located ? new BigDecimal("15000000.25").add(BigDecimal.valueOf(i)) : null,
                null, "finalizada", i + 2);
    }

    private static void assertRow(ByteBuffer read, Intervention row, long rowHash, String datasetId) {
        String label = row.recordId();
        assertThat(read.getShort()).as(label).isEqualTo((short) (datasetId == null ? 17 : 19));
        if (datasetId != null) {
            assertThat(text(read)).as(label).isEqualTo(datasetId);
        }
        assertThat(text(read)).as(label).isEqualTo(row.recordId());
        assertThat(text(read)).as(label).isEqualTo(row.beneficiaryId());
        assertThat(read.getInt()).as(label).isEqualTo(4);
        assertThat(read.getInt()).as(label).isEqualTo(row.year());
        assertThat(text(read)).as(label).isEqualTo(row.program().replace("\uD800", "?"));
        assertThat(text(read)).as(label).isEqualTo(row.axis() == null ? null : row.axis().name());
        assertThat(text(read)).as(label).isEqualTo(row.size() == null ? null : row.size().name());
        assertThat(text(read)).as(label).isEqualTo(row.municipality().value());
        assertThat(text(read)).as(label).isEqualTo(row.placement().name());
        assertThat(float8(read)).as(label).isEqualTo(row.longitude());
        assertThat(float8(read)).as(label).isEqualTo(row.latitude());
        if (datasetId != null) {
            byte[] point = field(read);
            if (row.longitude() == null) {
                assertThat(point).as(label).isNull();
            } else {
                ByteBuffer ewkb = ByteBuffer.wrap(point).order(ByteOrder.LITTLE_ENDIAN);
                assertThat(ewkb.get()).isEqualTo((byte) 1);
                assertThat(ewkb.getInt()).as("point with SRID").isEqualTo(0x20000001);
                assertThat(ewkb.getInt()).isEqualTo(4326);
                assertThat(ewkb.getDouble()).isEqualTo(row.longitude());
                assertThat(ewkb.getDouble()).isEqualTo(row.latitude());
                assertThat(ewkb.hasRemaining()).isFalse();
            }
        }
        assertThat(text(read)).as(label).isEqualTo(row.sector());
        assertThat(text(read)).as(label).isEqualTo(row.ciiu());
        byte[] amount = field(read);
        if (row.amountCop() == null) {
            assertThat(amount).as(label).isNull();
        } else {
            byte[] expected = new byte[64];
            int end = CopyNumeric.write(expected, 0, row.amountCop());
            assertThat(amount).as(label).isEqualTo(Arrays.copyOfRange(expected, 4, end));
        }
        assertThat(text(read)).as(label).isEqualTo(row.focus());
        assertThat(text(read)).as(label).isEqualTo(row.status());
        assertThat(read.getInt()).as(label).isEqualTo(4);
        assertThat(read.getInt()).as(label).isEqualTo(row.sourceLine());
        assertThat(read.getInt()).as(label).isEqualTo(8);
        assertThat(read.getLong()).as(label).isEqualTo(rowHash);
    }

    private static byte[] field(ByteBuffer read) {
        int length = read.getInt();
        if (length == -1) {
            return null;
        }
        byte[] bytes = new byte[length];
        read.get(bytes);
        return bytes;
    }

    private static String text(ByteBuffer read) {
        byte[] bytes = field(read);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private static Double float8(ByteBuffer read) {
        byte[] bytes = field(read);
        return bytes == null ? null : ByteBuffer.wrap(bytes).getDouble();
    }
}
