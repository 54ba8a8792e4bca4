package co.presencia.cli;

import co.presencia.intervention.demo.BulkFileGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code presencia generate-bulk OUT.csv --rows N}: a uniform valid file for benchmarks (scripts/bench-import). */
@Command(name = "generate-bulk",
        description = {"Escribe un archivo válido y uniforme de N filas (la mitad con código, la mitad con coordenadas).",
            "Writes a uniform valid file of N rows (half with codes, half with coordinates)."})
final class GenerateBulkCommand implements Callable<Integer> {

    private final Invocation invocation;

    @Parameters(paramLabel = "ARCHIVO.csv", description = {"El archivo de salida.", "The output file."})
    Path file;

    @Option(names = "--rows", required = true, paramLabel = "N", description = {"Número de filas.", "Number of rows."})
    int rows;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = {"Semilla del generador (por defecto ${DEFAULT-VALUE}).", "Generator seed (default ${DEFAULT-VALUE})."})
    long seed;

    @Mixin
    StoreOptions store;

    GenerateBulkCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() throws IOException {
        try (Store opened = store.open(invocation)) {
            BulkFileGenerator.write(file, opened.presencia().catalog(), rows, seed);
            return ExitCodes.OK;
        }
    }
}
