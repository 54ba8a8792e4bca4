package co.presencia.intervention;

import co.presencia.text.CsvWriter;
import java.io.Writer;

/**
 * The rejects report of an import as CSV, the same over HTTP ({@code /api/v1/imports/{job}/rejects.csv}) and from
 * the command line ({@code --rejects OUT.csv}): {@code archivo,linea,id_registro,campo,valor,motivo}, one row per
 * rejection in line order, streamed from the store through the project's {@link CsvWriter}.
 */
public final class RejectsCsv {

    private RejectsCsv() {
    }

    /**
     * Writes the rejections of {@code jobId} to {@code out} and flushes it (without closing it).
     *
     * @return the number of rejections written
     */
    public static long write(ImportJobRepository repository, String jobId, Writer out) {
        CsvWriter csv = CsvWriter.open(out, CsvWriter.Dialect.COMMA);
        csv.row("archivo", "linea", "id_registro", "campo", "valor", "motivo");
        long written = repository.forEachReject(jobId, r -> csv.row(r.file(), r.line(), r.recordId(), r.field(), r.value(), r.reason()));
        csv.flush();
        return written;
    }
}
