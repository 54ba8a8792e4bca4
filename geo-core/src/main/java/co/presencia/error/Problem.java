package co.presencia.error;

/** What kind of error a {@link PresenciaException} is; each adapter maps a kind to its own status once. */
public enum Problem {
    /** A parameter or field holds a value that cannot be used (HTTP 400). */
    INVALID_PARAMETER,
    /** The thing named does not exist (HTTP 404). */
    NOT_FOUND,
    /** The request contradicts the stored state, e.g. changing a target defined in configuration (HTTP 409). */
    CONFLICT,
    /** A document or file that cannot be read as what it claims to be (HTTP 422). */
    INVALID_INPUT,
    /** Too much is asked at once, or a resource is busy; try again later (HTTP 503). */
    UNAVAILABLE
}
