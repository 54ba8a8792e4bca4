package co.presencia.intervention;

/** Where an import job stands, and how it ended. */
public enum ImportStatus {
    /** Accepted and waiting for the import worker; its file is kept until the job ends. */
    QUEUED,
    /** Reading, checking and staging rows. */
    RUNNING,
    /** Committed: the valid rows are stored (all of them, or all valid ones with {@code acceptPartial}). */
    IMPORTED,
    /** Nothing was stored because rows were rejected and {@code acceptPartial} was off; the report lists them. */
    REJECTED,
    /** Nothing was stored because the file could not be read as a table of interventions: empty, no usable header, or
     * malformed (unbalanced quote, DOCTYPE or zip bomb in an XLSX, bad cell reference); the report says where. */
    INVALID_FILE,
    /** Nothing was stored because of an error (database down, process stopped): the previous state stands. */
    FAILED,
    /**
     * Nothing was stored because the process running the job stopped before it ended (killed, crashed, shut down):
     * found when that process is gone, with the reason in the message.
     */
    INTERRUPTED;

    /** Whether the job has ended (every status but QUEUED and RUNNING). */
    public boolean ended() {
        return this != QUEUED && this != RUNNING;
    }
}
