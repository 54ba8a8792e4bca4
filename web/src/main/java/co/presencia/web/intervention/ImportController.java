package co.presencia.web.intervention;

import co.presencia.intervention.ImportJobRepository;
import co.presencia.intervention.Rejection;
import co.presencia.web.system.ApiException;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Import jobs: progress and report, and every rejected row as CSV. */
@RestController
@RequestMapping("/api/v1/imports")
public class ImportController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private final ImportJobs jobs;
    private final ImportJobRepository repository;

    public ImportController(ImportJobs jobs, ImportJobRepository repository) {
        this.jobs = jobs;
        this.repository = repository;
    }

    @GetMapping("/{jobId}")
    public JobView job(@PathVariable String jobId) {
        return jobs.job(jobId).map(JobView::of)
                .or(() -> repository.job(jobId).map(JobView::of))
                .orElseThrow(() -> ApiException.notFound("No hay una importación '" + jobId + "' (no import job with that id)"));
    }

    /**
     * Every rejection of the job, in line order: {@code archivo,linea,id_registro,campo,valor,motivo} (UTF-8 with
     * a byte-order mark, so spreadsheets show accents right). Streamed from the store.
     */
    @GetMapping(path = "/{jobId}/rejects.csv", produces = "text/csv")
    public ResponseEntity<StreamingResponseBody> rejects(@PathVariable String jobId) {
        if (jobs.job(jobId).isEmpty() && repository.job(jobId).isEmpty()) {
            throw ApiException.notFound("No hay una importación '" + jobId + "' (no import job with that id)");
        }
        StreamingResponseBody body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write('\uFEFF');
            writer.write("archivo,linea,id_registro,campo,valor,motivo\r\n");
            try {
                repository.forEachReject(jobId, r -> write(writer, r));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            writer.flush();
        };
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"rechazos-" + jobId + ".csv\"")
                .body(body);
    }

    private static void write(BufferedWriter writer, Rejection r) {
        try {
            writer.write(cell(r.file()) + "," + r.line() + "," + cell(r.recordId()) + "," + cell(r.field()) + ","
                    + cell(r.value()) + "," + cell(r.reason()) + "\r\n");
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 4180 quoting; a leading =, +, - or @ is prefixed with ' so spreadsheets do not run it as a formula. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+([.,]\\d+)?(, ?-?\\d+([.,]\\d+)?)?")) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
