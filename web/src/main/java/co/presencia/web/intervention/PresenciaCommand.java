package co.presencia.web.intervention;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import co.presencia.application.Presencia;
import co.presencia.application.PresenciaSettings;
import co.presencia.application.StaticMaps;
import co.presencia.feature.CoverageFeatureCollections;
import co.presencia.intervention.ColumnMapping;
import co.presencia.intervention.DatasetId;
import co.presencia.intervention.DatasetSummary;
import co.presencia.intervention.ImportJobRepository;
import co.presencia.intervention.ImportListener;
import co.presencia.intervention.ImportOptions;
import co.presencia.intervention.ImportProgress;
import co.presencia.intervention.ImportReport;
import co.presencia.intervention.ImportStatus;
import co.presencia.intervention.InterventionImporter;
import co.presencia.intervention.Rejection;
import co.presencia.intervention.demo.BulkFileGenerator;
import co.presencia.intervention.demo.DemoDatasetGenerator;
import co.presencia.reference.ReferenceLoading;
import co.presencia.spatial.sql.SqlDialect;
import co.presencia.spatial.sql.StoreException;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * The command line ({@code scripts/presencia}): imports run directly on the database, without the web server.
 *
 * <pre>
 * presencia import FILE --dataset NAME [--name LABEL] [--accept-partial] [--replace] [--map field=Header,…] [--sheet SHEET] [--rejects OUT.csv]
 * presencia demo [--if-missing] [--file OUT.csv] [--seed N]     generate the demo file and import it as dataset "demo"
 * presencia generate-demo OUT.csv [--seed N]                     only write the demo file
 * presencia generate-bulk OUT.csv --rows N [--seed N]            a uniform valid file (half codes, half coordinates)
 * presencia datasets                                             list datasets
 * </pre>
 * Database: {@code SPRING_DATASOURCE_URL} (+ {@code _USERNAME}, {@code _PASSWORD}) or {@code --database-url};
 * default the embedded H2GIS file {@code $PRESENCIA_HOME/presencia} (PRESENCIA_HOME default {@code var}) opened with
 * {@code AUTO_SERVER=TRUE}, like {@code scripts/run}, so both can use it at once (docs/adr). Reference data:
 * read from the store when it holds it, else loaded from {@code --data-dir} / {@code PRESENCIA_DATA_DIR}
 * (default {@code shapefiles}).
 *
 * <p>Exit codes: 0 imported (with {@code --accept-partial}, also when rows were rejected); 2 rows rejected, nothing
 * imported; 3 the file is not a table of interventions; 1 failure (nothing changed); 64 usage error.
 */
public final class PresenciaCommand {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int REJECTED = 2;
    static final int INVALID_FILE = 3;
    static final int USAGE = 64;
    static final String DEMO_ID = "demo";
    static final String DEMO_NAME = "Demo (sintético)";

    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;

    PresenciaCommand(Map<String, String> env, PrintStream out, PrintStream err) {
        this.env = env;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        quietLogging();
        int code = new PresenciaCommand(System.getenv(), System.out, System.err).run(args);
        System.exit(code);
    }

    private static void quietLogging() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            root.setLevel(Level.WARN);
            // Standard output carries the report only; log lines go to standard error.
            root.iteratorForAppenders().forEachRemaining(appender -> {
                if (appender instanceof ch.qos.logback.core.ConsoleAppender<?> console) {
                    console.stop();
                    console.setTarget("System.err");
                    console.start();
                }
            });
            context.getLogger("co.presencia.intervention.InterventionImporter").setLevel(Level.ERROR);
        }
    }

    /** Parsed arguments: positional ones and {@code --flag [value]} options. */
    private record Args(List<String> positional, Map<String, String> options) {
        static final List<String> FLAGS = List.of("accept-partial", "replace", "if-missing", "quiet", "stats");

        static Args parse(String[] args, int from) {
            List<String> positional = new ArrayList<>();
            Map<String, String> options = new HashMap<>();
            for (int i = from; i < args.length; i++) {
                String a = args[i];
                if (a.startsWith("--")) {
                    String key = a.substring(2);
                    String value = null;
                    int eq = key.indexOf('=');
                    if (eq >= 0) {
                        value = key.substring(eq + 1);
                        key = key.substring(0, eq);
                    } else if (!FLAGS.contains(key)) {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException("Falta el valor de --" + key + " (missing value)");
                        }
                        value = args[++i];
                    }
                    options.put(key, value == null ? "true" : value);
                } else {
                    positional.add(a);
                }
            }
            return new Args(positional, options);
        }

        String option(String name) {
            return options.get(name);
        }

        boolean flag(String name) {
            return "true".equals(options.get(name));
        }
    }

    int run(String[] args) {
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help") || args[0].equals("help")) {
            usage(args.length == 0 ? err : out);
            return args.length == 0 ? USAGE : OK;
        }
        Args parsed;
        try {
            parsed = Args.parse(args, 1);
        } catch (IllegalArgumentException e) {
            err.println("presencia: " + e.getMessage());
            return USAGE;
        }
        try {
            return switch (args[0]) {
                case "import" -> importCommand(parsed);
                case "demo" -> demoCommand(parsed);
                case "generate-demo" -> generateDemo(parsed);
                case "generate-bulk" -> generateBulk(parsed);
                case "datasets" -> datasetsCommand(parsed);
                case "static-map" -> staticMapCommand(parsed);
                default -> {
                    err.println("presencia: orden desconocida '" + args[0] + "' (unknown command)");
                    usage(err);
                    yield USAGE;
                }
            };
        } catch (IllegalArgumentException | co.presencia.error.InvalidParameterException e) {
            err.println("presencia: " + e.getMessage());
            return USAGE;
        } catch (co.presencia.error.PresenciaException e) {
            err.println("presencia: " + e.getMessage());
            return FAILED;
        } catch (StoreException e) {
            err.println("presencia: error de la base de datos (database error): " + e.getMessage());
            if (String.valueOf(e.getMessage()).contains("already in use") || String.valueOf(e.getMessage()).contains("Locked by another")) {
                err.println("presencia: la base H2 está abierta por otro proceso sin AUTO_SERVER. Inicie el servidor con "
                        + "scripts/run (que usa AUTO_SERVER=TRUE) o deténgalo (the H2 file is open by another process)");
            }
            return FAILED;
        } catch (IOException e) {
            err.println("presencia: " + e.getMessage());
            return FAILED;
        }
    }

    private void usage(PrintStream to) {
        to.println("""
                Uso (usage):
                  presencia import ARCHIVO --dataset NOMBRE [--name ETIQUETA] [--accept-partial] [--replace]
                                   [--map campo=Encabezado,...] [--sheet HOJA] [--rejects RECHAZOS.csv]
                  presencia demo [--if-missing] [--file DEMO.csv] [--seed N]
                  presencia generate-demo DEMO.csv [--seed N]
                  presencia generate-bulk ARCHIVO.csv --rows N [--seed N]
                  presencia datasets
                  presencia static-map --out MAPA.png|.svg [--collection municipal-coverage|department-coverage]
                                   [--dataset ID] [--year 2023] [--axis EJE] [--program P] [--size T] [--department 05]
                                   [--value beneficiaries|interventions|per10k|share] [--method quantiles|jenks] [--classes 5]
                                   [--ramp viridis|ylgnbu|blues|puor] [--width 1000] [--title TEXTO]
                Base de datos: SPRING_DATASOURCE_URL o --database-url; por defecto H2GIS en $PRESENCIA_HOME/presencia.
                Salida: 0 importado, 2 filas rechazadas (nada importado), 3 archivo inválido, 1 fallo, 64 uso.""");
    }

    // ------------------------------------------------------------------------------------------ commands

    private int importCommand(Args args) throws IOException {
        if (args.positional().size() != 1 || args.option("dataset") == null) {
            err.println("presencia import: indique un ARCHIVO y --dataset NOMBRE (need FILE and --dataset NAME)");
            return USAGE;
        }
        Path file = Path.of(args.positional().get(0));
        if (!Files.isRegularFile(file)) {
            err.println("presencia import: no existe el archivo " + file + " (no such file)");
            return USAGE;
        }
        String dataset = args.option("dataset");
        String id = DatasetId.isValid(dataset) ? dataset : DatasetId.slugOf(dataset);
        String name = args.option("name") != null ? args.option("name") : DatasetId.isValid(dataset) ? null : dataset;
        ImportOptions options = ImportOptions.of(id, file.getFileName().toString())
                .withAcceptPartial(args.flag("accept-partial")).withReplace(args.flag("replace"))
                .withMapping(ColumnMapping.parseExplicit(args.option("map"))).withDatasetName(name, false)
                .withSheet(args.option("sheet"));
        if (args.flag("stats") && LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLogger("co.presencia.intervention.InterventionImporter").setLevel(Level.INFO);
        }
        try (Store store = Store.open(env, args, err)) {
            HeapWatch watch = args.flag("stats") ? HeapWatch.start() : null;
            ImportReport report = store.presencia().imports().importNow(file, options, progressBar(args.flag("quiet")));
            printReport(report);
            if (watch != null) {
                watch.stop();
                double seconds = java.time.Duration.between(report.startedAt(), report.finishedAt()).toNanos() / 1e9;
                out.printf(Locale.ROOT, "stats: rows=%d seconds=%.2f rows_per_second=%.0f peak_heap_used_mb=%.1f "
                                + "peak_heap_after_gc_mb=%.1f max_heap_mb=%.1f%n", report.rowsRead(), seconds,
                        report.rowsRead() / seconds, watch.peakUsed / 1048576.0, watch.peakAfterGc / 1048576.0,
                        Runtime.getRuntime().maxMemory() / 1048576.0);
            }
            if (args.option("rejects") != null && report.rejectsTotal() > 0) {
                writeRejects(store.presencia().importLog(), report.jobId(), Path.of(args.option("rejects")));
            }
            return exitCode(report);
        }
    }

    private int demoCommand(Args args) throws IOException {
        try (Store store = Store.open(env, args, err)) {
            if (args.flag("if-missing") && store.presencia().datasets().find(DEMO_ID).filter(d -> d.id().equals(DEMO_ID)).isPresent()) {
                out.println("El conjunto de datos '" + DEMO_ID + "' ya existe: no se importa de nuevo (already there)");
                return OK;
            }
            Path file = args.option("file") != null ? Path.of(args.option("file"))
                    : home(env).resolve("demo").resolve("demo-colombia-productiva-2023.csv");
            Files.createDirectories(file.toAbsolutePath().getParent());
            long seed = args.option("seed") == null ? DemoDatasetGenerator.DEFAULT_SEED : Long.parseLong(args.option("seed"));
            DemoDatasetGenerator.Summary summary = new DemoDatasetGenerator(store.presencia().catalog(), seed).write(file);
            err.printf(Locale.ROOT, "Archivo de demostración (sintético): %s (%d filas, %d beneficiarios, %d municipios, %d PDET)%n",
                    file, summary.rows(), summary.beneficiaries(), summary.municipalities(), summary.pdetMunicipalities());
            ImportOptions options = ImportOptions.of(DEMO_ID, file.getFileName().toString())
                    .withDatasetName(DEMO_NAME, true).withAcceptPartial(true);
            ImportReport report = store.presencia().imports().importNow(file, options, progressBar(args.flag("quiet")));
            if (report.status() == ImportStatus.IMPORTED) {
                store.presencia().datasets().put(DEMO_ID, DEMO_NAME, true);
            }
            printReport(report);
            return exitCode(report);
        }
    }

    private int generateDemo(Args args) throws IOException {
        if (args.positional().size() != 1) {
            err.println("presencia generate-demo: indique el ARCHIVO de salida (need OUT.csv)");
            return USAGE;
        }
        long seed = args.option("seed") == null ? DemoDatasetGenerator.DEFAULT_SEED : Long.parseLong(args.option("seed"));
        try (Store store = Store.open(env, args, err)) {
            DemoDatasetGenerator.Summary s = new DemoDatasetGenerator(store.presencia().catalog(), seed).write(Path.of(args.positional().get(0)));
            out.printf(Locale.ROOT, "%d filas (%d válidas), %d beneficiarios, %d municipios, %d PDET, 10 principales %.1f%%, "
                            + "mipyme %.1f%% de las empresas%n", s.rows(), s.validRows(), s.beneficiaries(), s.municipalities(),
                    s.pdetMunicipalities(), s.topTenShare(), s.mipymeShareOfCompanies());
            return OK;
        }
    }

    private int generateBulk(Args args) throws IOException {
        if (args.positional().size() != 1 || args.option("rows") == null) {
            err.println("presencia generate-bulk: indique ARCHIVO y --rows N (need OUT.csv and --rows N)");
            return USAGE;
        }
        long seed = args.option("seed") == null ? 1 : Long.parseLong(args.option("seed"));
        try (Store store = Store.open(env, args, err)) {
            BulkFileGenerator.write(Path.of(args.positional().get(0)), store.presencia().catalog(), Integer.parseInt(args.option("rows")), seed);
            return OK;
        }
    }

    private int datasetsCommand(Args args) {
        try (Store store = Store.open(env, args, err)) {
            for (DatasetSummary d : store.presencia().datasets().list()) {
                out.printf(Locale.ROOT, "%-24s %-34s %9d intervenciones %8d beneficiarios %5d municipios  %s%s%n", d.id(),
                        d.name(), d.interventions(), d.beneficiaries(), d.municipalities(),
                        d.lastImportAt() == null ? "sin importar" : d.lastImportAt(), d.synthetic() ? "  [sintético]" : "");
            }
            return OK;
        }
    }

    private int staticMapCommand(Args args) throws IOException {
        String out = args.option("out");
        if (out == null) {
            throw new IllegalArgumentException("static-map necesita --out MAPA.png o MAPA.svg (needs --out)");
        }
        Path file = Path.of(out).toAbsolutePath();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        StaticMaps.Format format = name.endsWith(".svg") ? StaticMaps.Format.SVG : name.endsWith(".png") ? StaticMaps.Format.PNG : null;
        if (format == null) {
            throw new IllegalArgumentException("El archivo de salida termina en .png o .svg (the output file must end in .png or .svg): " + out);
        }
        Map<String, String[]> query = new HashMap<>();
        args.options().forEach((key, value) -> {
            if (!List.of("out", "collection", "database-url", "data-dir", "quiet").contains(key)) {
                query.put(key, new String[] {value});
            }
        });
        query.putIfAbsent("value", new String[] {"beneficiaries"});
        try (Store store = Store.open(env, args, err)) {
            StaticMaps.Image image = store.presencia().maps().render(
                    args.options().getOrDefault("collection", CoverageFeatureCollections.MUNICIPAL_COVERAGE), query, format);
            Files.write(file, image.bytes());
            out().printf(Locale.ROOT, "static-map: %s (%d unidades)%n", file, image.units());
            return OK;
        }
    }

    private PrintStream out() {
        return out;
    }

    // ------------------------------------------------------------------------------------------ output

    /**
     * Samples the heap every 10 ms while an import runs: the peak of used heap (live objects and garbage not yet
     * collected, never above -Xmx) and the peak of what the collectors left after their last cycles (the live set).
     */
    private static final class HeapWatch {
        private final Thread thread;
        private volatile boolean running = true;
        private volatile long peakUsed;
        private volatile long peakAfterGc;

        private HeapWatch() {
            List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null).toList();
            thread = new Thread(() -> {
                while (running) {
                    peakUsed = Math.max(peakUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                    peakAfterGc = Math.max(peakAfterGc, pools.stream().mapToLong(p -> p.getCollectionUsage().getUsed()).sum());
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-watch");
            thread.setDaemon(true);
        }

        static HeapWatch start() {
            HeapWatch watch = new HeapWatch();
            watch.thread.start();
            return watch;
        }

        void stop() {
            running = false;
            try {
                thread.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static int exitCode(ImportReport report) {
        return switch (report.status()) {
            case IMPORTED -> OK;
            case REJECTED -> REJECTED;
            case INVALID_FILE -> INVALID_FILE;
            default -> FAILED;
        };
    }

    private ImportListener progressBar(boolean quiet) {
        if (quiet) {
            return ImportListener.NONE;
        }
        boolean terminal = System.console() != null;
        long[] lastLine = {0};
        return p -> {
            double f = p.fraction();
            if (terminal) {
                int width = 30;
                int filled = f < 0 ? 0 : (int) Math.round(f * width);
                err.printf(Locale.ROOT, "\r[%s%s] %s %,d filas, %,d rechazadas %s", "#".repeat(filled), "-".repeat(width - filled),
                        f < 0 ? "  ?%" : String.format(Locale.ROOT, "%3d%%", Math.round(f * 100)), p.rowsRead(), p.rowsRejected(),
                        p.phase() == ImportProgress.Phase.MERGING ? "(guardando)" : "           ");
                if (p.phase() == ImportProgress.Phase.DONE) {
                    err.println();
                }
            } else if (p.phase() != ImportProgress.Phase.READING || p.rowsRead() - lastLine[0] >= 100_000) {
                lastLine[0] = p.rowsRead();
                err.printf(Locale.ROOT, "%s: %,d filas leídas, %,d rechazadas%n", p.phase(), p.rowsRead(), p.rowsRejected());
            }
        };
    }

    private void printReport(ImportReport r) {
        out.println("Importación " + r.jobId() + " → conjunto '" + r.datasetId() + "' desde " + r.fileName());
        if (r.source() != null) {
            out.println("  Archivo: " + r.source());
        }
        r.notes().forEach(note -> out.println("  Nota: " + note));
        out.println("  Estado: " + r.status());
        out.printf(Locale.ROOT, "  Filas: %d leídas, %d aceptadas, %d rechazadas%n", r.rowsRead(), r.rowsAccepted(), r.rowsRejected());
        if (r.status() == ImportStatus.IMPORTED) {
            out.printf(Locale.ROOT, "  Registros: %d nuevos, %d actualizados, %d sin cambios, %d eliminados%n",
                    r.inserted(), r.updated(), r.unchanged(), r.removed());
            out.println("  Ubicados por: " + r.placements());
        }
        if (r.dataset() != null) {
            DatasetSummary d = r.dataset();
            out.printf(Locale.ROOT, "  Conjunto '%s' (%s): %d intervenciones, %d beneficiarios, %d municipios; suma de control %s%n",
                    d.id(), d.name(), d.interventions(), d.beneficiaries(), d.municipalities(), d.contentChecksum());
        }
        int shown = 0;
        for (Rejection reject : r.rejects()) {
            if (shown++ == 50) {
                out.println("  … " + (r.rejectsTotal() - 50) + " rechazos más: use --rejects ARCHIVO.csv o GET /api/v1/imports/"
                        + r.jobId() + "/rejects.csv");
                break;
            }
            out.printf(Locale.ROOT, "  línea %d%s%s: %s%s%n", reject.line(),
                    reject.recordId() == null ? "" : " [" + reject.recordId() + "]",
                    reject.field() == null ? "" : " " + reject.field(),
                    reject.value() == null || reject.value().isEmpty() ? "" : "'" + reject.value() + "' → ", reject.reason());
        }
        out.println("  " + r.message());
    }

    private void writeRejects(ImportJobRepository repository, String jobId, Path target) throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            long n = RejectsCsv.write(repository, jobId, writer);
            err.println("Rechazos (" + n + ") escritos en " + target);
        }
    }

    static Path home(Map<String, String> env) {
        String home = env.get("PRESENCIA_HOME");
        return Path.of(home == null || home.isBlank() ? "var" : home);
    }

    /** The application core on the database, for one command; {@link Presencia#open} as the server opens it. */
    private record Store(HikariDataSource dataSource, Presencia presencia) implements AutoCloseable {

        static Store open(Map<String, String> env, Args args, PrintStream err) {
            String url = args.option("database-url") != null ? args.option("database-url") : env.get("SPRING_DATASOURCE_URL");
            if (url == null || url.isBlank()) {
                Path home = home(env).toAbsolutePath();
                try {
                    Files.createDirectories(home);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                url = "jdbc:h2:file:" + home.resolve("presencia") + ";AUTO_SERVER=TRUE";
            }
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(url);
            SqlDialect dialect = SqlDialect.fromJdbcUrl(url);
            String user = env.get("SPRING_DATASOURCE_USERNAME");
            config.setUsername(user != null ? user : dialect == SqlDialect.H2GIS ? "sa" : null);
            String password = env.get("SPRING_DATASOURCE_PASSWORD");
            config.setPassword(password != null ? password : dialect == SqlDialect.H2GIS ? "" : null);
            config.setMaximumPoolSize(4);
            config.setPoolName("presencia-cli");
            HikariDataSource dataSource;
            try {
                dataSource = new HikariDataSource(config);
            } catch (RuntimeException e) {
                throw new StoreException("No se pudo abrir la base de datos: " + e.getMessage(), e);
            }
            try {
                String dataDir = args.option("data-dir") != null ? args.option("data-dir")
                        : env.getOrDefault("PRESENCIA_DATA_DIR", PresenciaSettings.DEFAULT_DATA_DIR.toString());
                // Whatever the server stored (its groups and thresholds) is the truth: the files are read only when
                // this database has no territory yet.
                Presencia presencia = Presencia.open(dataSource, PresenciaSettings.defaults(Path.of(dataDir)),
                        ReferenceLoading.PREFER_STORED);
                return new Store(dataSource, presencia);
            } catch (RuntimeException e) {
                dataSource.close();
                throw e;
            }
        }

        @Override
        public void close() {
            presencia.close();
            dataSource.close();
        }
    }
}
