package co.presencia.cli;

import co.presencia.intervention.demo.DemoDatasetGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code presencia generate-demo OUT.csv}: only writes the synthetic demo file, and prints its calibration figures. */
@Command(name = "generate-demo",
        description = {"Solo escribe el archivo de demostración (sintético) y muestra sus cifras.",
            "Only writes the synthetic demo file and prints its figures."})
final class GenerateDemoCommand implements Callable<Integer> {

    private final Invocation invocation;

    @Parameters(paramLabel = "DEMO.csv", description = {"El archivo de salida.", "The output file."})
    Path file;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + DemoDatasetGenerator.DEFAULT_SEED,
            description = {"Semilla del generador (por defecto ${DEFAULT-VALUE}).", "Generator seed (default ${DEFAULT-VALUE})."})
    long seed;

    @Mixin
    StoreOptions store;

    GenerateDemoCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() throws IOException {
        try (Store opened = store.open(invocation)) {
            DemoDatasetGenerator.Summary s = new DemoDatasetGenerator(opened.presencia().catalog(), seed).write(file);
            invocation.out().printf(Locale.ROOT, "%d filas (%d válidas), %d beneficiarios, %d municipios, %d PDET, "
                            + "10 principales %.1f%%, mipyme %.1f%% de las empresas%n", s.rows(), s.validRows(), s.beneficiaries(),
                    s.municipalities(), s.pdetMunicipalities(), s.topTenShare(), s.mipymeShareOfCompanies());
            return ExitCodes.OK;
        }
    }
}
