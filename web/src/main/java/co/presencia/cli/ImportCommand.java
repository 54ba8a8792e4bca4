package co.presencia.cli;

import co.presencia.intervention.ColumnMapping;
import co.presencia.intervention.DatasetId;
import co.presencia.intervention.ImportOptions;
import co.presencia.intervention.ImportReport;
import co.presencia.intervention.RejectsCsv;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code presencia import FILE --dataset NAME}: one call of {@code ImportJobs.importNow}, its report printed. */
@Command(name = "import",
        description = {"Importa un archivo CSV/XLSX de intervenciones en un conjunto de datos, en una transacción.",
            "Imports a CSV/XLSX file of interventions into a dataset, in one transaction."})
final class ImportCommand implements Callable<Integer> {

    private final Invocation invocation;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ARCHIVO", description = {"El archivo (.csv o .xlsx).", "The file (.csv or .xlsx)."})
    Path file;

    @Option(names = "--dataset", required = true, paramLabel = "NOMBRE",
            description = {"Conjunto de datos: su id (cp-2023) o un nombre, del que se deriva el id.",
                "Dataset: its id (cp-2023) or a name the id is derived from."})
    String dataset;

    @Option(names = "--name", paramLabel = "ETIQUETA",
            description = {"Nombre para mostrar del conjunto.", "Display name of the dataset."})
    String name;

    @Option(names = "--accept-partial",
            description = {"Guarda las filas válidas aunque haya rechazadas.", "Stores the valid rows even when some are rejected."})
    boolean acceptPartial;

    @Option(names = "--replace",
            description = {"Elimina los registros que el archivo ya no tiene.", "Removes the records the file no longer has."})
    boolean replace;

    @Option(names = "--map", paramLabel = "campo=Encabezado,...",
            description = {"Columnas del archivo para los campos, p. ej. record_id=Consecutivo,municipality_code=DANE.",
                "File columns for the fields, e.g. record_id=Consecutivo,municipality_code=DANE."})
    String mapping;

    @Option(names = "--sheet", paramLabel = "HOJA",
            description = {"Hoja de un XLSX (nombre o número desde 1); por defecto la primera con encabezados de intervenciones.",
                    "XLSX sheet (name or number from 1); by default the first with intervention headers."})
    String sheet;

    @Option(names = "--rejects", paramLabel = "RECHAZOS.csv",
            description = {"Escribe todas las filas rechazadas en este CSV.", "Writes every rejected row to this CSV."})
    Path rejects;

    @Option(names = "--quiet", description = {"Sin progreso en la salida de error.", "No progress on standard error."})
    boolean quiet;

    @Option(names = "--stats", description = {"Tiempos y memoria de la importación.", "Import timings and memory."})
    boolean stats;

    @Mixin
    StoreOptions store;

    ImportCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), "no existe el archivo " + file + " (no such file)");
        }
        String id = DatasetId.isValid(dataset) ? dataset : DatasetId.slugOf(dataset);
        String label = name != null ? name : DatasetId.isValid(dataset) ? null : dataset;
        ImportOptions options = ImportOptions.of(id, file.getFileName().toString())
                .withAcceptPartial(acceptPartial).withReplace(replace)
                .withMapping(ColumnMapping.parseExplicit(mapping)).withDatasetName(label, false).withSheet(sheet);
        if (stats) {
            CliLogging.importerTimings();
        }
        ImportConsole console = new ImportConsole(invocation);
        try (Store opened = store.open(invocation)) {
            HeapWatch watch = stats ? HeapWatch.start() : null;
            ImportReport report = opened.presencia().imports().importNow(file, options, console.progress(quiet));
            console.report(report);
            if (watch != null) {
                watch.stop();
                printStats(report, watch);
            }
            if (rejects != null && report.rejectsTotal() > 0) {
                writeRejects(opened, report.jobId());
            }
            return ExitCodes.of(report);
        }
    }

    private void printStats(ImportReport report, HeapWatch watch) {
        double seconds = Duration.between(report.startedAt(), report.finishedAt()).toNanos() / 1e9;
        invocation.out().printf(Locale.ROOT, "stats: rows=%d seconds=%.2f rows_per_second=%.0f peak_heap_used_mb=%.1f "
                        + "peak_heap_after_gc_mb=%.1f max_heap_mb=%.1f%n", report.rowsRead(), seconds,
                report.rowsRead() / seconds, watch.peakUsed() / 1048576.0, watch.peakAfterGc() / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0);
    }

    private void writeRejects(Store opened, String jobId) throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(rejects, StandardCharsets.UTF_8)) {
            long written = RejectsCsv.write(opened.presencia().importLog(), jobId, writer);
            invocation.err().println("Rechazos (" + written + ") escritos en " + rejects);
        }
    }
}
