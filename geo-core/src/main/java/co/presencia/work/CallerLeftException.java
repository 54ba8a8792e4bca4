package co.presencia.work;

/**
 * The caller of a piece of work left before it was done, so it was stopped at its next checkpoint (or never started):
 * there is nobody to answer. Not an error of the work; the web tier answers nothing and closes the connection.
 */
public final class CallerLeftException extends RuntimeException {

    public CallerLeftException() {
        super("The caller left before the work was done; it was stopped", null, false, false);
    }
}
