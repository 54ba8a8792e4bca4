package co.presencia.intervention;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Staging through PostgreSQL's {@code COPY … FROM STDIN} (text format) with the JDBC driver's CopyManager: rows are
 * encoded into a 256 KiB buffer and streamed while the file is still being read, so the server loads in parallel
 * with parsing and joining. Text format: tab between columns, {@code \N} for null, backslash escapes.
 */
final class CopyStagingWriter implements StagingWriter {

    private static final int BUFFER = 256 * 1024;
    private final CopyIn copy;
    private final StringBuilder row = new StringBuilder(256);
    private byte[] buffer = new byte[BUFFER];
    private int used;
    private boolean done;

    CopyStagingWriter(Connection connection, String copySql) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        this.copy = pg.getCopyAPI().copyIn(copySql);
    }

    @Override
    public void add(Intervention i, long rowHash) throws SQLException {
        row.setLength(0);
        text(i.recordId()).append('\t');
        text(i.beneficiaryId()).append('\t');
        row.append(i.year()).append('\t');
        text(i.program()).append('\t');
        text(i.axis() == null ? null : i.axis().name()).append('\t');
        text(i.size() == null ? null : i.size().name()).append('\t');
        row.append(i.municipality().value()).append('\t');
        row.append(i.placement().name()).append('\t');
        number(i.longitude()).append('\t');
        number(i.latitude()).append('\t');
        text(i.sector()).append('\t');
        text(i.ciiu()).append('\t');
        text(i.amountCop() == null ? null : i.amountCop().toPlainString()).append('\t');
        text(i.focus()).append('\t');
        text(i.status()).append('\t');
        row.append(i.sourceLine()).append('\t');
        row.append(rowHash).append('\n');
        byte[] bytes = row.toString().getBytes(StandardCharsets.UTF_8);
        if (used + bytes.length > buffer.length) {
            flush();
            if (bytes.length > buffer.length) {
                buffer = new byte[bytes.length];
            }
        }
        System.arraycopy(bytes, 0, buffer, used, bytes.length);
        used += bytes.length;
    }

    private StringBuilder number(Double value) {
        return value == null ? row.append("\\N") : row.append(value.doubleValue());
    }

    private StringBuilder text(String value) {
        if (value == null) {
            return row.append("\\N");
        }
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            switch (c) {
                case '\\' -> row.append("\\\\");
                case '\t' -> row.append("\\t");
                case '\n' -> row.append("\\n");
                case '\r' -> row.append("\\r");
                default -> row.append(c);
            }
        }
        return row;
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
