package co.presencia.web.intervention;

import co.presencia.application.ImportJobs;
import co.presencia.intervention.ImportProgress;
import co.presencia.intervention.ImportReport;
import java.util.Map;

/**
 * An import job as the API shows it.
 *
 * @param jobId     the job
 * @param datasetId the target dataset
 * @param fileName  the uploaded file's name
 * @param state     QUEUED, RUNNING, IMPORTED, REJECTED, INVALID_FILE, FAILED or INTERRUPTED
 * @param progress  rows read and rejected so far and the fraction done (by bytes; -1 when unknown)
 * @param report    the final report once finished, else null
 * @param links     self and rejects (CSV of every rejected row)
 */
public record JobView(String jobId, String datasetId, String fileName, String state, Progress progress,
                      ImportReport report, Map<String, String> links) {

    /** Progress of a running job. */
    public record Progress(String phase, long rowsRead, long rowsRejected, double fraction) {
    }

    static JobView of(ImportJobs.Job job) {
        ImportReport report = job.report();
        ImportProgress p = job.progress();
        Progress progress = report != null
                ? new Progress("DONE", report.rowsRead(), report.rowsRejected(), 1)
                : p == null ? new Progress("QUEUED", 0, 0, 0)
                : new Progress(p.phase().name(), p.rowsRead(), p.rowsRejected(), round(p.fraction()));
        return new JobView(job.id(), job.options().datasetId(), job.options().fileName(), job.state(), progress, report,
                links(job.id()));
    }

    static JobView of(ImportReport report) {
        return new JobView(report.jobId(), report.datasetId(), report.fileName(), report.status().name(),
                new Progress("DONE", report.rowsRead(), report.rowsRejected(), 1), report, links(report.jobId()));
    }

    private static Map<String, String> links(String jobId) {
        return Map.of("self", "/api/v1/imports/" + jobId, "rejects", "/api/v1/imports/" + jobId + "/rejects.csv");
    }

    private static double round(double fraction) {
        return fraction < 0 ? -1 : Math.round(fraction * 1000) / 1000.0;
    }
}
