package co.presencia.cli;

import co.presencia.error.InvalidParameterException;
import co.presencia.error.NotFoundException;
import co.presencia.error.PresenciaException;
import co.presencia.intervention.ImportReport;
import co.presencia.spatial.sql.StoreException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The exit codes of {@code presencia}, and the one place where a failure becomes one: a usage error found by
 * picocli, a domain exception ({@code co.presencia.error}) or a store error thrown by a subcommand, and the status of
 * an import report. Each failure prints one line on standard error, {@code presencia SUBCOMMAND: español (English)}.
 *
 * <ul>
 *   <li>{@value #OK}: done; an import stored its rows (with {@code --accept-partial}, also when some were rejected).</li>
 *   <li>{@value #FAILED}: failure, nothing changed: the store cannot be opened or fails, a file cannot be written,
 *       the dataset or collection named does not exist ({@link NotFoundException}: what exists depends on the store,
 *       not on how the command was written).</li>
 *   <li>{@value #REJECTED}: rows rejected, nothing imported.</li>
 *   <li>{@value #INVALID_FILE}: the file is not a table of interventions (empty, wrong headers).</li>
 *   <li>{@value #USAGE}: usage error (BSD {@code EX_USAGE}): an unknown subcommand or option, a missing or malformed
 *       value, an input file that does not exist, or a value the core refuses ({@link InvalidParameterException},
 *       which names the parameter, or {@link IllegalArgumentException}, e.g. an unknown field in {@code --map}).</li>
 * </ul>
 */
public final class ExitCodes implements IExecutionExceptionHandler, IParameterExceptionHandler {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int REJECTED = 2;
    public static final int INVALID_FILE = 3;
    public static final int USAGE = 64;

    private final PrintStream err;

    ExitCodes(PrintStream err) {
        this.err = err;
    }

    /** The exit codes as the help shows them, Spanish first. */
    static Map<String, String> described() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(" " + OK, "hecho; importado (con --accept-partial, también con filas rechazadas) (done; imported)");
        codes.put(" " + FAILED, "fallo, nada cambió (failure, nothing changed)");
        codes.put(" " + REJECTED, "filas rechazadas, nada importado (rows rejected, nothing imported)");
        codes.put(" " + INVALID_FILE, "el archivo no es una tabla de intervenciones (not a table of interventions)");
        codes.put(String.valueOf(USAGE), "uso incorrecto: orden, opción o valor inválido (usage error)");
        return codes;
    }

    /** The exit code of a finished import: {@value #OK}, {@value #REJECTED}, {@value #INVALID_FILE} or {@value #FAILED}. */
    static int of(ImportReport report) {
        return switch (report.status()) {
            case IMPORTED -> OK;
            case REJECTED -> REJECTED;
            case INVALID_FILE -> INVALID_FILE;
            default -> FAILED;
        };
    }

    /** A usage error found while parsing, or thrown by a subcommand as a {@link ParameterException}. */
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        err.println(prefix(command) + e.getMessage());
        err.println("Vea (see) '" + command.getCommandSpec().qualifiedName() + " --help'.");
        return USAGE;
    }

    /** An exception a subcommand threw while running. */
    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        String prefix = prefix(command);
        if (e instanceof InvalidParameterException invalid) {
            err.println(prefix + (invalid.parameter() == null ? "" : "--" + invalid.parameter() + ": ") + bilingual(invalid));
            return USAGE;
        }
        if (e instanceof IllegalArgumentException invalid) {
            err.println(prefix + invalid.getMessage());
            return USAGE;
        }
        if (e instanceof PresenciaException domain) {
            err.println(prefix + bilingual(domain));
            return FAILED;
        }
        if (e instanceof StoreException store) {
            err.println(prefix + "error de la base de datos (database error): " + store.getMessage());
            if (lockedH2File(store)) {
                err.println(prefix + "la base H2 está abierta por otro proceso sin AUTO_SERVER. Inicie el servidor con "
                        + "scripts/run (que usa AUTO_SERVER=TRUE) o deténgalo (the H2 file is open by another process)");
            }
            return FAILED;
        }
        if (e instanceof IOException || e instanceof UncheckedIOException) {
            err.println(prefix + "error de lectura o escritura (I/O error): " + e.getMessage());
            return FAILED;
        }
        err.println(prefix + "error inesperado (unexpected error): " + e);
        e.printStackTrace(err);
        return FAILED;
    }

    private static boolean lockedH2File(StoreException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("already in use") || message.contains("Locked by another");
    }

    private static String bilingual(PresenciaException e) {
        String spanish = e.getMessage();
        String english = e.message(Locale.ENGLISH);
        return english.equals(spanish) ? spanish : spanish + " (" + english + ")";
    }

    private static String prefix(CommandLine command) {
        return command.getCommandSpec().qualifiedName() + ": ";
    }
}
