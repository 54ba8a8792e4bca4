package co.presencia.error;

import java.util.Locale;

/**
 * An error the domain raises on purpose: a {@link Problem kind}, a message code of the
 * {@value Messages#BUNDLE} bundle and its arguments. {@link #getMessage()} is the Spanish text.
 */
public abstract class PresenciaException extends RuntimeException {

    private final String code;
    private final transient Object[] arguments;

    protected PresenciaException(String code, Object[] arguments, Throwable cause) {
        super(Messages.spanish(code, arguments), cause);
        this.code = code;
        this.arguments = arguments.clone();
    }

    /** What kind of error this is. */
    public abstract Problem problem();

    /** The message code in the bundle. */
    public String code() {
        return code;
    }

    /** The message arguments, in the order the code's text uses them. */
    public Object[] arguments() {
        return arguments.clone();
    }

    /** The text in {@code locale} (Spanish when the locale has no bundle). */
    public String message(Locale locale) {
        return Messages.format(locale, code, arguments);
    }
}
