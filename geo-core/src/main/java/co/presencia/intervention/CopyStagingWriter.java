package co.presencia.intervention;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Loading through PostgreSQL's {@code COPY … FROM STDIN} (text format) with the JDBC driver's CopyManager: rows are
 * encoded straight into a 256 KiB buffer (no string per row) and streamed while the file is still being read, so the
 * server loads in parallel with parsing and joining. Text format: tab between columns, {@code \N} for null,
 * backslash escapes. Two targets: the staging table ({@link #toStaging}), or the dataset's table itself for a first
 * import ({@link #toDataset}: the dataset id first, and the point as hex EWKB after the latitude).
 */
final class CopyStagingWriter implements StagingWriter {

    private static final int BUFFER = 256 * 1024;
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    /** EWKB point header, little-endian, with SRID 4326: byte order, type 0x20000001, SRID. */
    private static final byte[] EWKB_POINT_4326 = "0101000020E6100000".getBytes(StandardCharsets.US_ASCII);
    private final CopyIn copy;
    private final byte[] datasetId;
    private byte[] buffer = new byte[BUFFER];
    private int used;
    private boolean done;

    private CopyStagingWriter(Connection connection, String copySql, String datasetId) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        this.copy = pg.getCopyAPI().copyIn(copySql);
        this.datasetId = datasetId == null ? null : datasetId.getBytes(StandardCharsets.UTF_8);
    }

    static CopyStagingWriter toStaging(Connection connection, String copySql) throws SQLException {
        return new CopyStagingWriter(connection, copySql, null);
    }

    static CopyStagingWriter toDataset(Connection connection, String copySql, String datasetId) throws SQLException {
        return new CopyStagingWriter(connection, copySql, datasetId);
    }

    @Override
    public void add(Intervention i, long rowHash) throws SQLException {
        if (buffer.length - used < 4096) {
            flush();
        }
        int start = used;
        try {
            if (datasetId != null) {
                bytes(datasetId).tab();
            }
            text(i.recordId()).tab().text(i.beneficiaryId()).tab().ascii(Integer.toString(i.year())).tab();
            text(i.program()).tab().text(i.axis() == null ? null : i.axis().name()).tab();
            text(i.size() == null ? null : i.size().name()).tab().ascii(i.municipality().value()).tab();
            ascii(i.placement().name()).tab().number(i.longitude()).tab().number(i.latitude()).tab();
            if (datasetId != null) {
                point(i.longitude(), i.latitude()).tab();
            }
            text(i.sector()).tab().text(i.ciiu()).tab().text(i.amountCop() == null ? null : i.amountCop().toPlainString()).tab();
            text(i.focus()).tab().text(i.status()).tab().ascii(Integer.toString(i.sourceLine())).tab();
            ascii(Long.toString(rowHash)).put('\n');
        } catch (ArrayIndexOutOfBoundsException e) {
            // A row longer than the space left: send what is buffered and encode it again into a larger buffer.
            used = start;
            flush();
            buffer = new byte[Math.max(buffer.length * 2, BUFFER)];
            add(i, rowHash);
        }
    }

    private CopyStagingWriter put(int b) {
        buffer[used++] = (byte) b;
        return this;
    }

    private CopyStagingWriter tab() {
        return put('\t');
    }

    private CopyStagingWriter bytes(byte[] b) {
        System.arraycopy(b, 0, buffer, used, b.length);
        used += b.length;
        return this;
    }

    private CopyStagingWriter ascii(String s) {
        for (int k = 0; k < s.length(); k++) {
            buffer[used++] = (byte) s.charAt(k);
        }
        return this;
    }

    private CopyStagingWriter number(Double value) {
        return value == null ? ascii("\\N") : ascii(Double.toString(value));
    }

    /** The point as hex EWKB with SRID 4326, or null. */
    private CopyStagingWriter point(Double longitude, Double latitude) {
        if (longitude == null || latitude == null) {
            return ascii("\\N");
        }
        bytes(EWKB_POINT_4326);
        hexLittleEndian(Double.doubleToRawLongBits(longitude));
        return hexLittleEndian(Double.doubleToRawLongBits(latitude));
    }

    private CopyStagingWriter hexLittleEndian(long bits) {
        for (int k = 0; k < 8; k++) {
            int b = (int) (bits >>> (8 * k)) & 0xFF;
            buffer[used++] = HEX[b >>> 4];
            buffer[used++] = HEX[b & 0xF];
        }
        return this;
    }

    /** Text escaped for COPY and encoded as UTF-8 (surrogate pairs included), or {@code \N}. */
    private CopyStagingWriter text(String value) {
        if (value == null) {
            return ascii("\\N");
        }
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            if (c < 0x80) {
                switch (c) {
                    case '\\' -> put('\\').put('\\');
                    case '\t' -> put('\\').put('t');
                    case '\n' -> put('\\').put('n');
                    case '\r' -> put('\\').put('r');
                    default -> put(c);
                }
            } else if (c < 0x800) {
                put(0xC0 | c >> 6).put(0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && k + 1 < value.length() && Character.isLowSurrogate(value.charAt(k + 1))) {
                int cp = Character.toCodePoint(c, value.charAt(++k));
                put(0xF0 | cp >> 18).put(0x80 | cp >> 12 & 0x3F).put(0x80 | cp >> 6 & 0x3F).put(0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                put('?');
            } else {
                put(0xE0 | c >> 12).put(0x80 | c >> 6 & 0x3F).put(0x80 | c & 0x3F);
            }
        }
        return this;
    }

    private void flush() throws SQLException {
        if (used > 0) {
            copy.writeToCopy(buffer, 0, used);
            used = 0;
        }
    }

    @Override
    public void finish() throws SQLException {
        flush();
        copy.endCopy();
        done = true;
    }

    @Override
    public void close() throws SQLException {
        if (!done && copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
