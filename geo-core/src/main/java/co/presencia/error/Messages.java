package co.presencia.error;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The message texts of the domain ({@code co/presencia/error/messages.properties}, Spanish, and
 * {@code messages_en.properties}), formatted with {@link MessageFormat}. Spring's {@code MessageSource} in the web
 * module reads the same bundle; this class serves the command line and {@link Throwable#getMessage()}.
 */
public final class Messages {

    /** The bundle's base name, for {@code ResourceBundle} and Spring's {@code ResourceBundleMessageSource}. */
    public static final String BUNDLE = "co.presencia.error.messages";
    /** Spanish, the default language of every text. */
    public static final Locale SPANISH = Locale.forLanguageTag("es");

    private Messages() {
    }

    /** The text for {@code code} in {@code locale} (Spanish when the locale has no bundle), or the code itself. */
    public static String format(Locale locale, String code, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(code);
        } catch (MissingResourceException e) {
            return code + (arguments.length == 0 ? "" : " " + java.util.Arrays.toString(arguments));
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }

    /** The Spanish text. */
    public static String spanish(String code, Object... arguments) {
        return format(SPANISH, code, arguments);
    }
}
