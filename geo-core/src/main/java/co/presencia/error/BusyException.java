package co.presencia.error;

/**
 * Too much of one kind of work is running at once (renders, downloads, printable documents): the request was not
 * started, and may be sent again after {@link #retryAfterSeconds()}. Nothing was done for it.
 */
public class BusyException extends PresenciaException {

    private final long retryAfterSeconds;

    /**
     * @param work              what kind of work is busy, as the client may read it ({@code maps}, {@code downloads})
     * @param retryAfterSeconds when to try again, at least 1
     */
    public BusyException(String work, long retryAfterSeconds) {
        super("busy", new Object[] {work, Math.max(1, retryAfterSeconds)}, null);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    /** Seconds after which the same request may well be served (HTTP {@code Retry-After}). */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public Problem problem() {
        return Problem.UNAVAILABLE;
    }
}
