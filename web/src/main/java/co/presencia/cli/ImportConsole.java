package co.presencia.cli;

import co.presencia.intervention.DatasetSummary;
import co.presencia.intervention.ImportListener;
import co.presencia.intervention.ImportProgress;
import co.presencia.intervention.ImportReport;
import co.presencia.intervention.ImportStatus;
import co.presencia.intervention.Rejection;
import java.io.PrintStream;
import java.util.Locale;

/**
 * How {@code import} and {@code demo} show an import: progress on standard error (a bar on a terminal, a line every
 * 100,000 rows otherwise), the report on standard output with at most {@value #REJECTS_SHOWN} rejections.
 */
final class ImportConsole {

    private static final int REJECTS_SHOWN = 50;
    private final PrintStream out;
    private final PrintStream err;

    ImportConsole(Invocation invocation) {
        this.out = invocation.out();
        this.err = invocation.err();
    }

    /** The progress listener; silent when {@code quiet}. */
    ImportListener progress(boolean quiet) {
        if (quiet) {
            return ImportListener.NONE;
        }
        boolean terminal = System.console() != null;
        long[] lastLine = {0};
        return p -> {
            if (terminal) {
                bar(p);
            } else if (p.phase() != ImportProgress.Phase.READING || p.rowsRead() - lastLine[0] >= 100_000) {
                lastLine[0] = p.rowsRead();
                err.printf(Locale.ROOT, "%s: %,d filas leídas, %,d rechazadas%n", p.phase(), p.rowsRead(), p.rowsRejected());
            }
        };
    }

    private void bar(ImportProgress p) {
        double f = p.fraction();
        int width = 30;
        int filled = f < 0 ? 0 : (int) Math.round(f * width);
        err.printf(Locale.ROOT, "\r[%s%s] %s %,d filas, %,d rechazadas %s", "#".repeat(filled), "-".repeat(width - filled),
                f < 0 ? "  ?%" : String.format(Locale.ROOT, "%3d%%", Math.round(f * 100)), p.rowsRead(), p.rowsRejected(),
                p.phase() == ImportProgress.Phase.MERGING ? "(guardando)" : "           ");
        if (p.phase() == ImportProgress.Phase.DONE) {
            err.println();
        }
    }

    /** The report: counts, placements, the dataset after the import, the first rejections and the message. */
    void report(ImportReport r) {
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
            if (shown++ == REJECTS_SHOWN) {
                out.println("  … " + (r.rejectsTotal() - REJECTS_SHOWN) + " rechazos más: use --rejects ARCHIVO.csv o GET /api/v1/imports/"
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
}
