package co.presencia.web.intervention;

import co.presencia.application.ImportJobs;
import co.presencia.intervention.ImportJobRepository;
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

    /** A job of this instance, from memory: its live progress, its report once finished. */
    static JobView of(ImportJobs.Job job) {
        ImportReport report = job.report();
        return new JobView(job.id(), job.options().datasetId(), job.options().fileName(), job.state(),
                progress(report, job.progress()), report, links(job.id()));
    }

    /**
     * A job as the store has it, whichever instance runs or ran it: while it is RUNNING, the progress its importer
     * last stored (written about once a second); DONE only once it ended.
     */
    static JobView stored(ImportReport stored, ImportJobRepository store) {
        ImportProgress running = stored.status().ended() ? null : store.progress(stored.jobId())
                .filter(p -> p.phase() != ImportProgress.Phase.DONE).orElse(null);
        return new JobView(stored.jobId(), stored.datasetId(), stored.fileName(), stored.status().name(),
                progress(stored.status().ended() ? stored : null, running), stored, links(stored.jobId()));
    }

    /** DONE with the report's rows once it ended; else the running progress, or none yet (as queued). */
    private static Progress progress(ImportReport ended, ImportProgress running) {
        if (ended != null) {
            return new Progress("DONE", ended.rowsRead(), ended.rowsRejected(), 1);
        }
        return running == null ? new Progress("QUEUED", 0, 0, 0)
                : new Progress(running.phase().name(), running.rowsRead(), running.rowsRejected(), round(running.fraction()));
    }

    private static Map<String, String> links(String jobId) {
        return Map.of("self", "/api/v1/imports/" + jobId, "rejects", "/api/v1/imports/" + jobId + "/rejects.csv");
    }

    private static double round(double fraction) {
        return fraction < 0 ? -1 : Math.round(fraction * 1000) / 1000.0;
    }
}
