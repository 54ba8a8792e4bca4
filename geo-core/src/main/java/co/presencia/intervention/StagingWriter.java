package co.presencia.intervention;

import java.sql.SQLException;

/**
 * Writes accepted rows into the import's staging table, inside the import transaction. The one place where the
 * stores load differently: PostGIS streams them with {@code COPY … FROM STDIN} ({@link CopyStagingWriter}),
 * H2GIS takes JDBC batches ({@link BatchStagingWriter}). Everything after staging is set-based SQL.
 */
interface StagingWriter extends AutoCloseable {

    void add(Intervention intervention, long rowHash) throws SQLException;

    /** Sends what is buffered; the staging table then holds every row added. */
    void finish() throws SQLException;

    @Override
    void close() throws SQLException;
}
