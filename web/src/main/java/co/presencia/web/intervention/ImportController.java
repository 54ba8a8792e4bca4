package co.presencia.web.intervention;

import co.presencia.application.ImportJobs;
import co.presencia.error.NotFoundException;
import co.presencia.intervention.ImportJobRepository;
import co.presencia.intervention.RejectsCsv;
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
                .or(() -> repository.job(jobId).map(stored -> JobView.stored(stored, repository)))
                .orElseThrow(() -> new NotFoundException("import.job.unknown", jobId));
    }

    /**
     * Every rejection of the job, in line order: {@code archivo,linea,id_registro,campo,valor,motivo} (UTF-8 with
     * a byte-order mark, so spreadsheets show accents right). Streamed from the store.
     */
    @GetMapping(path = "/{jobId}/rejects.csv", produces = "text/csv")
    public ResponseEntity<StreamingResponseBody> rejects(@PathVariable String jobId) {
        if (jobs.job(jobId).isEmpty() && repository.job(jobId).isEmpty()) {
            throw new NotFoundException("import.job.unknown", jobId);
        }
        StreamingResponseBody body = out -> {
            try {
                RejectsCsv.write(repository, jobId, new OutputStreamWriter(out, StandardCharsets.UTF_8));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        };
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"rechazos-" + jobId + ".csv\"")
                .body(body);
    }
}
