/**
 * The domain's errors: one small hierarchy under {@link co.presencia.error.PresenciaException}, each with a
 * {@link co.presencia.error.Problem kind} (invalid parameter, not found, conflict, invalid input, unavailable), a
 * message code and its arguments. The texts live once, in the {@code co/presencia/error/messages} resource bundle
 * (Spanish first, {@code _en} English), so every adapter shows the same sentence in the user's language: the web
 * module maps them to RFC 9457 problems and OGC exceptions (one mapper each), the command line to exit codes.
 *
 * <p>Guarantees: {@link java.lang.Throwable#getMessage()} is the Spanish text (for logs); an error about a request
 * parameter names it ({@link co.presencia.error.InvalidParameterException#parameter()}). Depends on nothing else in
 * Presencia, so every package may throw these.
 */
package co.presencia.error;
