package co.presencia.intervention;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Loading through PostgreSQL's {@code COPY … FROM STDIN (FORMAT binary)} with the JDBC driver's CopyManager: rows are
 * encoded straight into 256 KiB buffers (no string per row) that {@link CopySender} streams on its own thread while
 * the file is still being read, so the server loads in parallel with parsing and joining. Binary format, because the
 * server then parses nothing: per row a field count, per field its length (-1 for null) and its bytes in network
 * order: text as UTF-8, integers and doubles as such, the point as EWKB (SRID 4326), the amount as PostgreSQL's
 * {@code numeric} ({@link CopyNumeric}). Two targets: the staging table ({@link #toStaging}), or the dataset's table
 * itself for a first import ({@link #toDataset}: the dataset id first, and the point after the latitude).
 */
final class CopyStagingWriter implements StagingWriter {

    private static final int BUFFER = 256 * 1024;
    /** The binary COPY signature, flags (none) and header extension length (none). */
    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0};
    /** EWKB point header, little-endian, with SRID 4326: byte order, type 0x20000001, SRID. */
    private static final byte[] EWKB_POINT_4326 = {1, 1, 0, 0, 0x20, (byte) 0xE6, 0x10, 0, 0};
    private static final int EWKB_POINT_LENGTH = EWKB_POINT_4326.length + 16;
    private final CopySender sender;
    private final byte[] datasetId;
    private final short fields;
    private byte[] buffer = new byte[BUFFER];
    private int used;
    private boolean done;

    private CopyStagingWriter(Connection connection, String copySql, String datasetId) throws SQLException {
        this(connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql), datasetId);
    }

    /** Writes to {@code copy} (tests read what a COPY would receive). */
    CopyStagingWriter(CopyIn copy, String datasetId) {
        this.sender = new CopySender(copy, BUFFER);
        this.datasetId = datasetId == null ? null : datasetId.getBytes(StandardCharsets.UTF_8);
        this.fields = (short) (datasetId == null ? 17 : 19);
        System.arraycopy(HEADER, 0, buffer, 0, HEADER.length);
        used = HEADER.length;
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
        b[u++] = (byte) (fields >>> 8);
        b[u++] = (byte) fields;
        if (datasetId != null) {
            int32(b, u, datasetId.length);
            System.arraycopy(datasetId, 0, b, u + 4, datasetId.length);
            u += 4 + datasetId.length;
        }
        u = text(b, u, i.recordId());
        u = text(b, u, i.beneficiaryId());
        u = int4(b, u, i.year());
        u = text(b, u, i.program());
        u = text(b, u, i.axis() == null ? null : i.axis().name());
        u = text(b, u, i.size() == null ? null : i.size().name());
        u = text(b, u, i.municipality().value());
        u = text(b, u, i.placement().name());
        u = float8(b, u, i.longitude());
        u = float8(b, u, i.latitude());
        if (datasetId != null) {
            u = point(b, u, i.longitude(), i.latitude());
        }
        u = text(b, u, i.sector());
        u = text(b, u, i.ciiu());
        u = CopyNumeric.write(b, u, i.amountCop());
        u = text(b, u, i.focus());
        u = text(b, u, i.status());
        u = int4(b, u, i.sourceLine());
        int32(b, u, 8);
        int64(b, u + 4, rowHash);
        return u + 12;
    }

    /* Plain byte stores rather than byte-array VarHandles: measured, a fresh process runs them faster. */

    private static void int32(byte[] b, int at, int value) {
        b[at] = (byte) (value >>> 24);
        b[at + 1] = (byte) (value >>> 16);
        b[at + 2] = (byte) (value >>> 8);
        b[at + 3] = (byte) value;
    }

    private static void int64(byte[] b, int at, long value) {
        int32(b, at, (int) (value >>> 32));
        int32(b, at + 4, (int) value);
    }

    private static void int64LittleEndian(byte[] b, int at, long value) {
        for (int k = 0; k < 8; k++) {
            b[at + k] = (byte) (value >>> (8 * k));
        }
    }

    private static int nullField(byte[] b, int at) {
        int32(b, at, -1);
        return at + 4;
    }

    private static int int4(byte[] b, int at, int value) {
        int32(b, at, 4);
        int32(b, at + 4, value);
        return at + 8;
    }

    private static int float8(byte[] b, int at, Double value) {
        if (value == null) {
            return nullField(b, at);
        }
        int32(b, at, 8);
        int64(b, at + 4, Double.doubleToRawLongBits(value));
        return at + 12;
    }

    /** The point as EWKB with SRID 4326 (what PostGIS's binary input reads), or null. */
    private static int point(byte[] b, int at, Double longitude, Double latitude) {
        if (longitude == null || latitude == null) {
            return nullField(b, at);
        }
        int32(b, at, EWKB_POINT_LENGTH);
        int u = at + 4;
        System.arraycopy(EWKB_POINT_4326, 0, b, u, EWKB_POINT_4326.length);
        u += EWKB_POINT_4326.length;
        int64LittleEndian(b, u, Double.doubleToRawLongBits(longitude));
        int64LittleEndian(b, u + 8, Double.doubleToRawLongBits(latitude));
        return u + 16;
    }

    /** Text as UTF-8 (surrogate pairs included; a lone surrogate becomes '?'), after its length, or null. */
    private static int text(byte[] b, int at, String value) {
        if (value == null) {
            return nullField(b, at);
        }
        int u = at + 4;
        int length = value.length();
        for (int k = 0; k < length; k++) {
            char c = value.charAt(k);
            if (c < 0x80) {
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
        int32(b, at, u - at - 4);
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
        if (buffer.length - used < 2) {
            flush();
        }
        buffer[used++] = (byte) 0xFF;
        buffer[used++] = (byte) 0xFF;
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
