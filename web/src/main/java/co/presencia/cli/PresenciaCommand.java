package co.presencia.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Spec;

/**
 * {@code presencia}, the command line ({@code scripts/presencia}): works directly on the database, without the web
 * server. Each subcommand is a class of this package that turns its options into one call of the application core
 * ({@code co.presencia.application.Presencia}, opened as the server opens it) and its result into text:
 *
 * <pre>
 * presencia import FILE --dataset NAME [--name LABEL] [--accept-partial] [--replace] [--map field=Header,…] [--rejects OUT.csv]
 * presencia demo [--if-missing] [--file OUT.csv] [--seed N]     generate the demo file and import it as dataset "demo"
 * presencia generate-demo OUT.csv [--seed N]                     only write the demo file
 * presencia generate-bulk OUT.csv --rows N [--seed N]            a uniform valid file (half codes, half coordinates)
 * presencia datasets                                             list datasets
 * presencia static-map --out MAP.png|.svg [--collection C] ...   a choropleth of a coverage or territory collection
 * presencia help [SUBCOMMAND]    presencia SUBCOMMAND --help
 * </pre>
 * Database: {@code SPRING_DATASOURCE_URL} (+ {@code _USERNAME}, {@code _PASSWORD}) or {@code --database-url};
 * default the embedded H2GIS file {@code $PRESENCIA_HOME/presencia} (PRESENCIA_HOME default {@code var}) opened with
 * {@code AUTO_SERVER=TRUE}, like {@code scripts/run}, so both can use it at once (ADR 0008). Reference data: read
 * from the store when it holds it, else from {@code --data-dir} / {@code PRESENCIA_DATA_DIR} (default
 * {@code shapefiles}). Exit codes and the mapping of every failure to one: {@link ExitCodes}.
 */
@Command(name = "presencia",
        description = {"La línea de órdenes de Presencia: trabaja directamente sobre la base de datos, sin el servidor web.",
            "Presencia's command line: works directly on the database, without the web server."},
        footer = {"", "Base de datos (database): SPRING_DATASOURCE_URL (+ _USERNAME, _PASSWORD) o --database-url;",
            "por defecto (default) el archivo H2GIS $PRESENCIA_HOME/presencia, compartido con (shared with) scripts/run.",
            "Ayuda de cada orden (help of each command): presencia ORDEN --help."})
public final class PresenciaCommand implements Callable<Integer> {

    private final Invocation invocation;

    @Spec
    CommandSpec spec;

    /** A run on {@code env} writing to {@code out} (reports, help) and {@code err} (progress, messages). */
    public PresenciaCommand(Map<String, String> env, PrintStream out, PrintStream err) {
        this.invocation = new Invocation(env, out, err);
    }

    public static void main(String[] args) {
        CliLogging.quiet();
        System.exit(new PresenciaCommand(System.getenv(), System.out, System.err).run(args));
    }

    /** Parses {@code args}, runs the subcommand they name and answers its exit code ({@link ExitCodes}). */
    public int run(String... args) {
        return commandLine().execute(args);
    }

    /** Without a subcommand: the usage on standard error, and a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** The command with its subcommands, Spanish-first help, this run's streams and the one exit-code mapping. */
    CommandLine commandLine() {
        CommandLine line = new CommandLine(this)
                .addSubcommand(new ImportCommand(invocation))
                .addSubcommand(new DemoCommand(invocation))
                .addSubcommand(new GenerateDemoCommand(invocation))
                .addSubcommand(new GenerateBulkCommand(invocation))
                .addSubcommand(new DatasetsCommand(invocation))
                .addSubcommand(new StaticMapCommand(invocation))
                .addSubcommand(new CommandLine.HelpCommand());
        helpInSpanishFirst(line);
        ExitCodes exitCodes = new ExitCodes(invocation.err());
        return line.setOut(writer(invocation.out())).setErr(writer(invocation.err()))
                .setParameterExceptionHandler(exitCodes).setExecutionExceptionHandler(exitCodes);
    }

    private static void helpInSpanishFirst(CommandLine line) {
        CommandSpec command = line.getCommandSpec();
        if (!command.name().equals("help")) {
            command.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                    .description("Muestra esta ayuda y termina.", "Shows this help and exits.").build());
        } else {
            command.usageMessage().header("Muestra la ayuda de una orden (shows the help of a command).")
                    .description("presencia help ORDEN = presencia ORDEN --help");
        }
        command.usageMessage().width(110).sortOptions(false).sortSynopsis(false).synopsisHeading("Uso (usage): ").descriptionHeading("%n")
                .parameterListHeading("%nArgumentos (arguments):%n").optionListHeading("%nOpciones (options):%n")
                .commandListHeading("%nÓrdenes (commands):%n").exitCodeListHeading("%nCódigos de salida (exit codes):%n")
                .exitCodeList(ExitCodes.described());
        line.getSubcommands().values().forEach(PresenciaCommand::helpInSpanishFirst);
    }

    /** Picocli's text through the run's own stream, so help and reports share one encoding. */
    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new Writer() {
            @Override
            public void write(char[] text, int offset, int length) {
                stream.print(new String(text, offset, length));
            }

            @Override
            public void flush() {
                stream.flush();
            }

            @Override
            public void close() {
                stream.flush();
            }
        }, true);
    }
}
