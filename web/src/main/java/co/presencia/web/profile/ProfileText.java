package co.presencia.web.profile;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The printable profile's words and numbers in one language: Spanish (es-CO numbers, {@code 1.121} and
 * {@code 54,9 %}) or English ({@code 1,121}, {@code 54.9%}). Texts come from {@code profile.properties} and
 * {@code profile_en.properties} beside this class (a test keeps both with the same keys).
 */
final class ProfileText {

    static final Locale SPANISH = Locale.forLanguageTag("es-CO");

    private final Locale locale;
    private final ResourceBundle bundle;

    ProfileText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("co.presencia.web.profile.profile",
                locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    boolean english() {
        return locale.getLanguage().equals("en");
    }

    String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }

    String number(long value) {
        return NumberFormat.getIntegerInstance(english() ? Locale.US : SPANISH).format(value);
    }

    /** A share (0.549) as "54,9 %" or "54.9%"; a dash when there is none. */
    String percent(Double share) {
        if (share == null) {
            return "—";
        }
        NumberFormat f = NumberFormat.getNumberInstance(english() ? Locale.US : SPANISH);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        f.setRoundingMode(java.math.RoundingMode.HALF_UP); // as the page (Intl) rounds: 6,25 → 6,3
        return f.format(share * 100) + (english() ? "%" : " %");
    }

    String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(english() ? Locale.US : SPANISH));
    }
}
