package co.presencia.intervention;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** Staging through JDBC batches of {@value #BATCH} rows (H2GIS). */
final class BatchStagingWriter implements StagingWriter {

    static final int BATCH = 2000;
    private final PreparedStatement insert;
    private int pending;

    BatchStagingWriter(Connection connection, String sql) throws SQLException {
        this.insert = connection.prepareStatement(sql);
    }

    @Override
    public void add(Intervention i, long rowHash) throws SQLException {
        insert.setString(1, i.recordId());
        insert.setString(2, i.beneficiaryId());
        insert.setInt(3, i.year());
        insert.setString(4, i.program());
        insert.setString(5, i.axis() == null ? null : i.axis().name());
        insert.setString(6, i.size() == null ? null : i.size().name());
        insert.setString(7, i.municipality().value());
        insert.setString(8, i.placement().name());
        setDouble(9, i.longitude());
        setDouble(10, i.latitude());
        insert.setString(11, i.sector());
        insert.setString(12, i.ciiu());
        insert.setBigDecimal(13, i.amountCop());
        insert.setString(14, i.focus());
        insert.setString(15, i.status());
        insert.setInt(16, i.sourceLine());
        insert.setLong(17, rowHash);
        insert.addBatch();
        if (++pending == BATCH) {
            insert.executeBatch();
            pending = 0;
        }
    }

    private void setDouble(int index, Double value) throws SQLException {
        if (value == null) {
            insert.setNull(index, Types.DOUBLE);
        } else {
            insert.setDouble(index, value);
        }
    }

    @Override
    public void finish() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
