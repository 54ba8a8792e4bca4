package co.presencia.intervention;

/** Where an import job stands, and how it ended. */
public enum ImportStatus {
    /** Reading, checking and staging rows. */
    RUNNING,
    /** Committed: the valid rows are stored (all of them, or all valid ones with {@code acceptPartial}). */
    IMPORTED,
    /** Nothing was stored because rows were rejected and {@code acceptPartial} was off; the report lists them. */
    REJECTED,
    /** Nothing was stored because the file could not be read as a table of interventions (empty, wrong headers). */
    INVALID_FILE,
    /** Nothing was stored because of an error (database down, process stopped): the previous state stands. */
    FAILED
}
