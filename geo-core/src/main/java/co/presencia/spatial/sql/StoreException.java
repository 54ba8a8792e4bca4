package co.presencia.spatial.sql;

/** A failure of the database behind a store (connection, constraint, SQL). Unchecked; the message says what was done. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
