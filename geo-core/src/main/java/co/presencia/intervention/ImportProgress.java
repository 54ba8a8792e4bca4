package co.presencia.intervention;

/**
 * A snapshot of a running import.
 *
 * @param phase        READING (streaming rows into staging), MERGING (set-based upsert), DONE
 * @param rowsRead     data rows read so far
 * @param rowsRejected rows rejected so far
 * @param bytesRead    bytes of the file consumed (-1 when the format cannot tell, e.g. XLSX)
 * @param totalBytes   size of the file
 */
public record ImportProgress(Phase phase, long rowsRead, long rowsRejected, long bytesRead, long totalBytes) {

    public enum Phase { READING, MERGING, DONE }

    /** Fraction done in [0, 1]: bytes read scaled to 95% (the merge is the rest), 1 when done, -1 when unknown. */
    public double fraction() {
        if (phase == Phase.DONE) {
            return 1;
        }
        if (bytesRead < 0 || totalBytes <= 0) {
            return -1;
        }
        return Math.min(1.0, (double) bytesRead / totalBytes) * 0.95;
    }
}
