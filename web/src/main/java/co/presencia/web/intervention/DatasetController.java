package co.presencia.web.intervention;

import co.presencia.application.Datasets;
import co.presencia.application.ImportJobs;
import co.presencia.error.InvalidParameterException;
import co.presencia.error.NotFoundException;
import co.presencia.intervention.ColumnMapping;
import co.presencia.intervention.DatasetId;
import co.presencia.intervention.DatasetRepository;
import co.presencia.intervention.DatasetSummary;
import co.presencia.intervention.ImportJobRepository;
import co.presencia.intervention.ImportOptions;
import co.presencia.intervention.ImportReport;
import co.presencia.intervention.SourceField;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Datasets of interventions: list, read, create or rename, delete, and import files into them. */
@RestController
@RequestMapping("/api/v1/datasets")
public class DatasetController {

    /** How long {@code wait=true} waits for the report before answering the job as it stands. */
    static final Duration WAIT_LIMIT = Duration.ofMinutes(30);

    private final DatasetRepository repository;
    private final ImportJobRepository jobLog;
    private final Datasets datasets;
    private final ImportJobs jobs;

    public DatasetController(DatasetRepository repository, ImportJobRepository jobLog, Datasets datasets, ImportJobs jobs) {
        this.repository = repository;
        this.jobLog = jobLog;
        this.datasets = datasets;
        this.jobs = jobs;
    }

    /** The list of datasets. */
    public record DatasetList(int count, List<DatasetSummary> items) {
    }

    /** Body of PUT: the display name and whether the records are synthetic. */
    public record DatasetRequest(String name, Boolean synthetic) {
    }

    @GetMapping
    public DatasetList datasets() {
        List<DatasetSummary> items = datasets.list();
        return new DatasetList(items.size(), items);
    }

    @GetMapping("/{id}")
    public DatasetSummary dataset(@PathVariable String id) {
        return repository.dataset(id).orElseThrow(() -> new NotFoundException("dataset.unknown", id, datasetIds()));
    }

    /** The dataset's import jobs, newest first (each with its links; rejections through rejects.csv). */
    public record JobList(int count, List<JobView> items) {
    }

    @GetMapping("/{id}/imports")
    public JobList imports(@PathVariable String id) {
        dataset(id);
        List<JobView> items = jobLog.jobs(id).stream().map(stored -> JobView.stored(stored, jobLog)).toList();
        return new JobList(items.size(), items);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<DatasetSummary> put(@PathVariable String id, @RequestBody DatasetRequest request) {
        requireId(id);
        if (request == null || request.name() == null || request.name().isBlank()) {
            throw new InvalidParameterException("name", "dataset.name.required");
        }
        boolean existed = repository.dataset(id).isPresent();
        DatasetSummary saved;
        try {
            saved = datasets.put(id, request.name(), Boolean.TRUE.equals(request.synthetic()));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("name", "parameter.invalid", "name", e.getMessage());
        }
        return existed ? ResponseEntity.ok(saved)
                : ResponseEntity.created(URI.create("/api/v1/datasets/" + id)).body(saved);
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> delete(@PathVariable String id) {
        if (!datasets.delete(id)) {
            throw new NotFoundException("dataset.unknown", id, datasetIds());
        }
        return ResponseEntity.noContent().build();
    }

    /**
     * Imports the uploaded {@code file} (CSV or XLSX) into dataset {@code id}, created when missing (named
     * {@code name}, or its id); {@code sheet} names the XLSX sheet (default: the first with a header). Answers 202 with
     * the job (poll {@code /api/v1/imports/{jobId}}); with {@code wait=true}, waits and answers the final report: 200
     * imported, 422 rejected or unreadable file, 500 failed, 503 interrupted (the server was stopping).
     */
    @PostMapping(path = "/{id}/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<?> importFile(@PathVariable String id,
                                        @RequestParam(name = "file", required = false) MultipartFile file,
                                        @RequestParam(defaultValue = "false") boolean acceptPartial,
                                        @RequestParam(defaultValue = "false") boolean replace,
                                        @RequestParam(defaultValue = "false") boolean wait,
                                        @RequestParam(required = false) String mapping,
                                        @RequestParam(required = false) String name,
                                        @RequestParam(required = false) String sheet) {
        requireId(id);
        if (file == null || file.isEmpty() && file.getOriginalFilename() == null) {
            throw new InvalidParameterException("file", "import.file.required");
        }
        Map<SourceField, String> explicit;
        try {
            explicit = ColumnMapping.parseExplicit(mapping);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("mapping", "import.mapping.invalid", e.getMessage());
        }
        String fileName = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? "archivo" : Path.of(file.getOriginalFilename()).getFileName().toString();
        ImportOptions options;
        try {
            options = ImportOptions.of(id, fileName).withAcceptPartial(acceptPartial).withReplace(replace)
                    .withMapping(explicit).withDatasetName(name, false).withSheet(sheet);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(null, "import.options.invalid", e.getMessage());
        }
        ImportJobs.Job job = jobs.submit(options, file::transferTo);
        URI location = URI.create("/api/v1/imports/" + job.id());
        if (!wait) {
            return ResponseEntity.accepted().location(location).body(JobView.of(job));
        }
        ImportReport report = job.await(WAIT_LIMIT);
        if (report == null) {
            return ResponseEntity.accepted().location(location).body(JobView.of(job));
        }
        HttpStatus status = switch (report.status()) {
            case IMPORTED -> HttpStatus.OK;
            case REJECTED, INVALID_FILE -> HttpStatus.UNPROCESSABLE_CONTENT;
            case INTERRUPTED -> HttpStatus.SERVICE_UNAVAILABLE;
            default -> HttpStatus.INTERNAL_SERVER_ERROR;
        };
        return ResponseEntity.status(status).location(location).body(JobView.of(job));
    }

    private static void requireId(String id) {
        if (!DatasetId.isValid(id)) {
            throw new InvalidParameterException("id", "dataset.id.invalid", id);
        }
    }

    private String datasetIds() {
        return String.join(", ", datasets.list().stream().map(DatasetSummary::id).toList());
    }
}
