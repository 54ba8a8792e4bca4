package co.presencia.application;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.cluster.ReadReplica;
import co.presencia.intervention.ImportListener;
import co.presencia.intervention.ImportOptions;
import co.presencia.intervention.ImportReport;
import co.presencia.intervention.ImportStatus;
import co.presencia.intervention.demo.BulkFileGenerator;
import co.presencia.spatial.sql.Database;
import co.presencia.testing.ReferenceData;
import co.presencia.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read-heavy paths on a PostgreSQL hot standby (scripts/test starts one beside the throw-away PostGIS): what is
 * read through the replica is what the primary holds, and a replica that lags (its replay paused here) is not read —
 * the primary is, so no figure is ever older than the last import.
 */
class PostgisReadReplicaIT {

    @TempDir
    Path temp;

    @Test
    void readsComeFromTheReplicaOnceCaughtUpAndFromThePrimaryWhileItLags() throws IOException, SQLException {
        Database primary = TestDatabases.postgis();
        DataSource standby = TestDatabases.replicaOf(primary);
        // The service's default wait: with synchronous_commit off, WAL reaches the standby within the WAL writer's
        // 200 ms, so a shorter wait would make "read on the standby" depend on the machine's load.
        ReadReplica replica = new ReadReplica(primary.dataSource(), standby, Duration.ofSeconds(2));
        try (Presencia presencia = Presencia.of(primary, replica, ReferenceData.catalog(),
                PresenciaSettings.defaults(ReferenceData.shapefiles()));
             Presencia primaryOnly = Presencia.of(primary, ReferenceData.catalog(), PresenciaSettings.defaults(ReferenceData.shapefiles()))) {
            readsFollowTheStandby(presencia, primaryOnly, replica, standby);
        }
    }

    private void readsFollowTheStandby(Presencia presencia, Presencia primaryOnly, ReadReplica replica, DataSource standby)
            throws IOException, SQLException {

        importRows(presencia, "replicado", 2_000, 1);
        // Straight after the commit: the reader waits until the standby has replayed it, then reads there.
        assertThat(count(presencia, "replicado")).isEqualTo(2_000);
        assertThat(replica.replicaConnections()).isPositive();
        assertThat(replica.primaryConnections()).isZero();
        assertThat(presencia.datasets().index(presencia.datasets().find("replicado").orElseThrow()).size())
                .isEqualTo(primaryOnly.datasets().index(primaryOnly.datasets().find("replicado").orElseThrow()).size());

        try (Connection connection = standby.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_wal_replay_pause()");
            try {
                importRows(presencia, "mientras-tanto", 500, 2);
                long before = replica.primaryConnections();
                // The standby has not replayed this import: reading it there would miss it; the primary answers.
                assertThat(count(presencia, "mientras-tanto")).isEqualTo(500);
                assertThat(replica.primaryConnections()).isGreaterThan(before);
            } finally {
                statement.execute("SELECT pg_wal_replay_resume()");
            }
        }
        long fromReplica = replica.replicaConnections();
        assertThat(count(presencia, "mientras-tanto")).isEqualTo(500);
        assertThat(replica.replicaConnections()).isGreaterThan(fromReplica);
    }

    private void importRows(Presencia presencia, String dataset, int rows, long seed) throws IOException {
        Path file = temp.resolve(dataset + ".csv");
        BulkFileGenerator.write(file, presencia.catalog(), rows, seed);
        ImportReport report = presencia.imports().importNow(file, ImportOptions.of(dataset, dataset + ".csv"), ImportListener.NONE);
        assertThat(report.status()).as(report.message()).isEqualTo(ImportStatus.IMPORTED);
    }

    private static long count(Presencia presencia, String dataset) {
        AtomicLong n = new AtomicLong();
        presencia.interventions().forEach(dataset, i -> n.incrementAndGet());
        return n.get();
    }
}
