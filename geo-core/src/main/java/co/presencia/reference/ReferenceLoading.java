package co.presencia.reference;

/** When the reference territory is read from the files rather than from the store. */
public enum ReferenceLoading {
    /** The server: (re)load from the files when the store has none or their fingerprint changed. */
    REFRESH_WHEN_FILES_CHANGE,
    /**
     * The command line next to a server: whatever the store holds (the server's groups and thresholds) is the
     * truth and is never overwritten; the files are read only when the store has no territory yet.
     */
    PREFER_STORED
}
