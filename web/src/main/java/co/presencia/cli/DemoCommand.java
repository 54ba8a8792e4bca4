package co.presencia.cli;

import co.presencia.intervention.ImportOptions;
import co.presencia.intervention.ImportReport;
import co.presencia.intervention.ImportStatus;
import co.presencia.intervention.demo.DemoDatasetGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code presencia demo}: writes the synthetic demo file and imports it as dataset {@value #DEMO_ID} (accepting its
 * deliberately invalid rows), marked synthetic; {@code scripts/run} calls it on first start.
 */
@Command(name = "demo",
        description = {"Genera el archivo de demostración (sintético) y lo importa como conjunto \"" + DemoCommand.DEMO_ID + "\".",
            "Generates the synthetic demo file and imports it as dataset \"" + DemoCommand.DEMO_ID + "\"."})
final class DemoCommand implements Callable<Integer> {

    static final String DEMO_ID = "demo";
    static final String DEMO_NAME = "Demo (sintético)";

    private final Invocation invocation;

    @Option(names = "--if-missing",
            description = {"No hace nada si el conjunto ya existe.", "Does nothing when the dataset exists already."})
    boolean ifMissing;

    @Option(names = "--file", paramLabel = "DEMO.csv",
            description = {"Dónde escribir el archivo; por defecto $PRESENCIA_HOME/demo/demo-colombia-productiva-2023.csv.",
                "Where to write the file; default $PRESENCIA_HOME/demo/demo-colombia-productiva-2023.csv."})
    Path file;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + DemoDatasetGenerator.DEFAULT_SEED,
            description = {"Semilla del generador (por defecto ${DEFAULT-VALUE}).", "Generator seed (default ${DEFAULT-VALUE})."})
    long seed;

    @Option(names = "--quiet", description = {"Sin progreso en la salida de error.", "No progress on standard error."})
    boolean quiet;

    @Mixin
    StoreOptions store;

    DemoCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() throws IOException {
        try (Store opened = store.open(invocation)) {
            if (ifMissing && opened.presencia().datasets().find(DEMO_ID).filter(d -> d.id().equals(DEMO_ID)).isPresent()) {
                invocation.out().println("El conjunto de datos '" + DEMO_ID + "' ya existe: no se importa de nuevo (already there)");
                return ExitCodes.OK;
            }
            Path target = file != null ? file : invocation.home().resolve("demo").resolve("demo-colombia-productiva-2023.csv");
            Files.createDirectories(target.toAbsolutePath().getParent());
            DemoDatasetGenerator.Summary summary = new DemoDatasetGenerator(opened.presencia().catalog(), seed).write(target);
            invocation.err().printf(Locale.ROOT, "Archivo de demostración (sintético): %s (%d filas, %d beneficiarios, %d municipios, "
                    + "%d PDET)%n", target, summary.rows(), summary.beneficiaries(), summary.municipalities(), summary.pdetMunicipalities());
            ImportOptions options = ImportOptions.of(DEMO_ID, target.getFileName().toString())
                    .withDatasetName(DEMO_NAME, true).withAcceptPartial(true);
            ImportConsole console = new ImportConsole(invocation);
            ImportReport report = opened.presencia().imports().importNow(target, options, console.progress(quiet));
            if (report.status() == ImportStatus.IMPORTED) {
                opened.presencia().datasets().put(DEMO_ID, DEMO_NAME, true);
            }
            console.report(report);
            return ExitCodes.of(report);
        }
    }
}
