package co.presencia.cli;

import co.presencia.application.PresenciaSettings;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of every subcommand that opens the database: where it is, and where the reference files are. */
final class StoreOptions {

    @Option(names = "--database-url", paramLabel = "JDBC_URL",
            description = {"Base de datos; por defecto SPRING_DATASOURCE_URL, si no el archivo H2GIS $PRESENCIA_HOME/presencia.",
                "Database; default SPRING_DATASOURCE_URL, else the H2GIS file $PRESENCIA_HOME/presencia."})
    String databaseUrl;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = {"Datos de referencia: el territorio (leído solo si la base no lo tiene), la CIIU y las cuentas del DANE; por defecto PRESENCIA_DATA_DIR o shapefiles.",
                "Reference data: the territory (read only when the database has none), CIIU and DANE's accounts; default PRESENCIA_DATA_DIR or shapefiles."})
    Path dataDir;

    /** The name {@code scripts/static-map} used before it ran through this command line. */
    @Option(names = "--data", paramLabel = "DIR", hidden = true)
    Path formerDataDir;

    /** Opens the store these options (else the environment) name. */
    Store open(Invocation invocation) {
        String url = databaseUrl != null ? databaseUrl : invocation.env().get("SPRING_DATASOURCE_URL");
        Path data = dataDir != null ? dataDir : formerDataDir != null ? formerDataDir
                : Path.of(invocation.env().getOrDefault("PRESENCIA_DATA_DIR", PresenciaSettings.DEFAULT_DATA_DIR.toString()));
        return Store.open(invocation, url, data);
    }
}
