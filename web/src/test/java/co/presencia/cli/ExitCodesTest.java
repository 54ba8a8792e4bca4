package co.presencia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.error.ConflictException;
import co.presencia.error.InvalidParameterException;
import co.presencia.error.NotFoundException;
import co.presencia.spatial.sql.StoreException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every failure a subcommand can throw becomes one exit code and one line on standard error. */
class ExitCodesTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private ExitCodes exitCodes;
    private CommandLine staticMap;

    @BeforeEach
    void setUp() {
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
        exitCodes = new ExitCodes(errors);
        staticMap = new PresenciaCommand(Map.of(), new PrintStream(OutputStream.nullOutputStream()), errors).commandLine()
                .getSubcommands().get("static-map");
    }

    private int handle(Exception e) {
        return exitCodes.handleExecutionException(e, staticMap, null);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anInvalidParameterIsAUsageErrorNamingTheOptionInSpanishAndEnglish() {
        assertThat(handle(new InvalidParameterException("year", "parameter.wholeNumber", "year", "dos mil"))).isEqualTo(ExitCodes.USAGE);
        assertThat(err()).isEqualTo("presencia static-map: --year: El parámetro 'year' debe ser un número entero; se recibió 'dos mil' "
                + "(Parameter 'year' must be a whole number, got 'dos mil')" + System.lineSeparator());
    }

    @Test
    void aValueTheCoreRefusesIsAUsageError() {
        assertThat(handle(new IllegalArgumentException("Campo desconocido 'x' en el mapeo (unknown field)"))).isEqualTo(ExitCodes.USAGE);
        assertThat(err()).contains("Campo desconocido 'x'");
    }

    @Test
    void whatDoesNotExistInTheStoreIsAFailure() {
        assertThat(handle(new NotFoundException("dataset.unknown", "cp-2031", "demo"))).isEqualTo(ExitCodes.FAILED);
        assertThat(err()).startsWith("presencia static-map: No existe el conjunto de datos 'cp-2031'").contains("(No dataset 'cp-2031'");
        assertThat(handle(new ConflictException("target.configured", "t"))).isEqualTo(ExitCodes.FAILED);
    }

    @Test
    void aLockedH2FileSaysWhatToDo() {
        assertThat(handle(new StoreException("Opening: Database may be already in use: Locked by another process",
                new SQLException("locked")))).isEqualTo(ExitCodes.FAILED);
        assertThat(err()).contains("error de la base de datos (database error)", "AUTO_SERVER", "scripts/run");
    }

    @Test
    void inputAndOutputErrorsAreFailures() {
        assertThat(handle(new UncheckedIOException(new IOException("disco lleno")))).isEqualTo(ExitCodes.FAILED);
        assertThat(handle(new IOException("permiso denegado"))).isEqualTo(ExitCodes.FAILED);
        assertThat(err()).contains("(I/O error)", "disco lleno", "permiso denegado");
    }

    @Test
    void anUnexpectedErrorIsAFailureWithItsStackTrace() {
        assertThat(handle(new IllegalStateException("no debería pasar"))).isEqualTo(ExitCodes.FAILED);
        assertThat(err()).contains("error inesperado (unexpected error)", "no debería pasar", "at co.presencia.cli.ExitCodesTest");
    }
}
