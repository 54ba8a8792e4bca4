package co.presencia.application;

import co.presencia.cluster.ChangeNotices;
import co.presencia.intervention.DatasetRepository;
import co.presencia.intervention.ImportOptions;
import co.presencia.intervention.ImportProgress;
import co.presencia.intervention.ImportReport;
import co.presencia.intervention.InterventionRepository;
import co.presencia.intervention.SharedJoiner;
import co.presencia.spatial.sql.Database;
import co.presencia.spatial.sql.SchemaMigrator;
import co.presencia.spatial.sql.SqlDialect;
import co.presencia.testing.ReferenceData;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A second process importing into the same store (the command line beside the server), for {@link ImportProcessesContract}:
 * {@code ImportChild JDBC_URL FILE DATASET}. Prints {@code OWNER <id>} when it starts, {@code READING <n>} as rows are
 * read, and {@code DONE <status>} at the end.
 */
public final class ImportChild {

    private ImportChild() {
    }

    public static void main(String[] args) {
        Database database = open(args[0]);
        SchemaMigrator.migrate(database);
        Datasets datasets = new Datasets(new DatasetRepository(database), new InterventionRepository(database),
                SharedJoiner.get().catalog(), "demo", 0, ChangeNotices.NONE);
        ImportJobs jobs = new ImportJobs(database, SharedJoiner.get(), ReferenceData::classification, datasets);
        System.out.println("OWNER " + jobs.owner().id());
        System.out.flush();
        ImportReport report = jobs.importNow(Path.of(args[1]), ImportOptions.of(args[2], "hijo.csv"), progress -> {
            if (progress.phase() == ImportProgress.Phase.READING) {
                System.out.println("READING " + progress.rowsRead());
                System.out.flush();
            }
        });
        System.out.println("DONE " + report.status() + " " + report.message());
        jobs.close();
        System.exit(0);
    }

    static Database open(String url) {
        DataSource source;
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser("sa");
            source = h2;
        } else {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(url);
            source = pg;
        }
        return Database.of(source, SqlDialect.fromJdbcUrl(url));
    }
}
