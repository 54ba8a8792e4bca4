package co.presencia.web.intervention;

/**
 * Published (Spring application event, on the thread that made the change) after a dataset's records or label
 * changed: an import committed, the dataset was created, renamed or deleted. Listeners that keep figures in memory
 * (the coverage engine) rebuild the dataset's index; after a deletion the dataset no longer exists.
 *
 * @param datasetId the dataset's id
 */
public record DatasetChangedEvent(String datasetId) {
}
