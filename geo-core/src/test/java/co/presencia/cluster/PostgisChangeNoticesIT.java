package co.presencia.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.application.Presencia;
import co.presencia.application.PresenciaSettings;
import co.presencia.intervention.DatasetSummary;
import co.presencia.intervention.Fixtures;
import co.presencia.intervention.ImportListener;
import co.presencia.intervention.ImportOptions;
import co.presencia.spatial.sql.Database;
import co.presencia.testing.ReferenceData;
import co.presencia.testing.TestDatabases;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two processes on one PostgreSQL store (issue 13 §5): what one imports, renames or deletes, the other sees within
 * a second, through {@code LISTEN/NOTIFY} rather than a dataset query per request; and when the listening connection
 * breaks, the other reconnects and catches up with what it may have missed.
 */
class PostgisChangeNoticesIT {

    private Database database;
    private Presencia writer;
    private Presencia reader;

    @BeforeEach
    void twoProcessesOnOneStore() {
        database = TestDatabases.postgis();
        PresenciaSettings settings = PresenciaSettings.defaults(ReferenceData.shapefiles());
        writer = Presencia.of(database, ReferenceData.catalog(), settings);
        reader = Presencia.of(database, ReferenceData.catalog(), settings);
        reader.datasets().follow();
        within(Duration.ofSeconds(10), () -> reader.datasets().hearsChanges() ? Optional.of(true) : Optional.empty());
    }

    @AfterEach
    void close() {
        writer.close();
        reader.close();
    }

    @Test
    void anImportThroughOneIsSeenByTheOtherWithinASecond() {
        assertThat(reader.datasets().find("fixture")).as("kept: nothing stored yet").isEmpty();
        writer.imports().importNow(Fixtures.path("acentos-utf8.csv"),
                ImportOptions.of("fixture", "acentos-utf8.csv").withAcceptPartial(true), ImportListener.NONE);
        long start = System.nanoTime();
        DatasetSummary seen = within(Duration.ofSeconds(1), () -> reader.datasets().find("fixture"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(seen.interventions()).isPositive();
        assertThat(reader.datasets().index(seen).size()).isEqualTo((int) seen.interventions());

        writer.datasets().put("fixture", "Renombrado", false);
        within(Duration.ofSeconds(1), () -> reader.datasets().find("fixture").filter(d -> d.name().equals("Renombrado")));
        writer.datasets().delete("fixture");
        within(Duration.ofSeconds(1), () -> reader.datasets().find("fixture").isEmpty() ? Optional.of(true) : Optional.empty());
    }

    @Test
    void aBrokenListeningConnectionIsReopenedAndWhatWasMissedIsSeen() throws Exception {
        assertThat(reader.datasets().list()).isEmpty();
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    + "WHERE query = 'LISTEN presencia_dataset_changed' AND pid <> pg_backend_pid()");
        }
        writer.datasets().put("missed", "Creado sin que el otro oyera", false);
        DatasetSummary seen = within(Duration.ofSeconds(20), () -> reader.datasets().find("missed"));
        assertThat(seen.name()).isEqualTo("Creado sin que el otro oyera");
        within(Duration.ofSeconds(20), () -> reader.datasets().hearsChanges() ? Optional.of(true) : Optional.empty());
    }

    /** Polls {@code probe} every 20 ms until it has a value, failing after {@code limit}. */
    private static <T> T within(Duration limit, Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            assertThat(System.nanoTime()).as("nothing within " + limit).isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
