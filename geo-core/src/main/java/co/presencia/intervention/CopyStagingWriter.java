package co.presencia.intervention;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Loading through PostgreSQL's {@code COPY … FROM STDIN} (text format) with the JDBC driver's CopyManager: rows are
 * encoded straight into 256 KiB buffers (no string per row) that {@link CopySender} streams on its own thread while
 * the file is still being read, so the server loads in parallel with parsing and joining. Text format: tab between columns, {@code \N} for null,
 * backslash escapes. Two targets: the staging table ({@link #toStaging}), or the dataset's table itself for a first
 * import ({@link #toDataset}: the dataset id first, and the point as hex EWKB after the latitude).
 */
final class CopyStagingWriter implements StagingWriter {

    private static final int BUFFER = 256 * 1024;
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    /** EWKB point header, little-endian, with SRID 4326: byte order, type 0x20000001, SRID. */
    private static final byte[] EWKB_POINT_4326 = "0101000020E6100000".getBytes(StandardCharsets.US_ASCII);
    private final CopySender sender;
    private final byte[] datasetId;
    private byte[] buffer = new byte[BUFFER];
    private int used;
    private boolean done;

    private CopyStagingWriter(Connection connection, String copySql, String datasetId) throws SQLException {
        this(connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql), datasetId);
    }

    private CopyStagingWriter(CopyIn copy, String datasetId) {
        this.sender = new CopySender(copy, BUFFER);
        this.datasetId = datasetId == null ? null : datasetId.getBytes(StandardCharsets.UTF_8);
    }

    /** Encodes rows as a direct load would and sends them nowhere ({@link ImportRehearsal}). */
    static CopyStagingWriter discarding(String datasetId) {
        return new CopyStagingWriter(new DiscardedCopy(), datasetId);
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
        try {
            used = encode(buffer, used, i, rowHash);
        } catch (ArrayIndexOutOfBoundsException e) {
            // A row longer than the space left: send what is buffered and encode it again into the emptied buffer;
            // only a row longer than a whole buffer makes it larger.
            if (used == 0) {
                buffer = new byte[buffer.length * 2];
            } else {
                flush();
            }
            add(i, rowHash);
        }
    }

    /** Writes one row at {@code at} (locals, not fields, in the loop: this runs a million times per import). */
    private int encode(byte[] b, int at, Intervention i, long rowHash) {
        int u = at;
        if (datasetId != null) {
            System.arraycopy(datasetId, 0, b, u, datasetId.length);
            u += datasetId.length;
            b[u++] = '\t';
        }
        u = text(b, u, i.recordId());
        u = text(b, u, i.beneficiaryId());
        u = number(b, u, i.year());
        u = text(b, u, i.program());
        u = text(b, u, i.axis() == null ? null : i.axis().name());
        u = text(b, u, i.size() == null ? null : i.size().name());
        u = text(b, u, i.municipality().value());
        u = text(b, u, i.placement().name());
        String longitude = i.longitude() == null ? null : Double.toString(i.longitude());
        String latitude = i.latitude() == null ? null : Double.toString(i.latitude());
        u = text(b, u, longitude);
        u = text(b, u, latitude);
        if (datasetId != null) {
            u = point(b, u, i.longitude(), i.latitude());
        }
        u = text(b, u, i.sector());
        u = text(b, u, i.ciiu());
        u = text(b, u, i.amountCop() == null ? null : i.amountCop().toPlainString());
        u = text(b, u, i.focus());
        u = text(b, u, i.status());
        u = number(b, u, i.sourceLine());
        u = number(b, u, rowHash);
        b[u - 1] = '\n';
        return u;
    }

    /** A whole number in decimal, then a tab. */
    private static int number(byte[] b, int at, long value) {
        if (value == Long.MIN_VALUE) {
            return text(b, at, Long.toString(value));
        }
        int u = at;
        long v = value;
        if (v < 0) {
            b[u++] = '-';
            v = -v;
        }
        int digits = 1;
        for (long rest = v / 10; rest > 0; rest /= 10) {
            digits++;
        }
        for (int k = u + digits - 1; k >= u; k--) {
            b[k] = (byte) ('0' + v % 10);
            v /= 10;
        }
        u += digits;
        b[u++] = '\t';
        return u;
    }

    /** The point as hex EWKB with SRID 4326, or null; then a tab. */
    private static int point(byte[] b, int at, Double longitude, Double latitude) {
        int u = at;
        if (longitude == null || latitude == null) {
            b[u++] = '\\';
            b[u++] = 'N';
        } else {
            System.arraycopy(EWKB_POINT_4326, 0, b, u, EWKB_POINT_4326.length);
            u += EWKB_POINT_4326.length;
            u = hexLittleEndian(b, u, Double.doubleToRawLongBits(longitude));
            u = hexLittleEndian(b, u, Double.doubleToRawLongBits(latitude));
        }
        b[u++] = '\t';
        return u;
    }

    private static int hexLittleEndian(byte[] b, int at, long bits) {
        int u = at;
        for (int k = 0; k < 8; k++) {
            int x = (int) (bits >>> (8 * k)) & 0xFF;
            b[u++] = HEX[x >>> 4];
            b[u++] = HEX[x & 0xF];
        }
        return u;
    }

    /** Text escaped for COPY and encoded as UTF-8 (surrogate pairs included), or {@code \N}; then a tab. */
    private static int text(byte[] b, int at, String value) {
        int u = at;
        if (value == null) {
            b[u++] = '\\';
            b[u++] = 'N';
            b[u++] = '\t';
            return u;
        }
        int length = value.length();
        for (int k = 0; k < length; k++) {
            char c = value.charAt(k);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                b[u++] = '\\';
                b[u++] = (byte) (c == '\\' ? '\\' : c == '\t' ? 't' : c == '\n' ? 'n' : 'r');
            } else if (c < 0x80) {
                b[u++] = (byte) c;
            } else if (c < 0x800) {
                b[u++] = (byte) (0xC0 | c >> 6);
                b[u++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && k + 1 < length && Character.isLowSurrogate(value.charAt(k + 1))) {
                int cp = Character.toCodePoint(c, value.charAt(++k));
                b[u++] = (byte) (0xF0 | cp >> 18);
                b[u++] = (byte) (0x80 | cp >> 12 & 0x3F);
                b[u++] = (byte) (0x80 | cp >> 6 & 0x3F);
                b[u++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                b[u++] = '?';
            } else {
                b[u++] = (byte) (0xE0 | c >> 12);
                b[u++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[u++] = (byte) (0x80 | c & 0x3F);
            }
        }
        b[u++] = '\t';
        return u;
    }

    /** Hands the filled buffer to the sender and goes on with an empty one. */
    private void flush() throws SQLException {
        if (used > 0) {
            buffer = sender.send(buffer, used);
            used = 0;
        }
    }

    @Override
    public void finish() throws SQLException {
        flush();
        sender.finish();
        done = true;
    }

    @Override
    public void close() throws SQLException {
        if (!done) {
            sender.cancel();
        }
    }
}
