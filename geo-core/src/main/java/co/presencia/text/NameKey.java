package co.presencia.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The matching form of a place name: accents removed, lower case in {@link Locale#ROOT}, punctuation turned into
 * spaces, runs of spaces collapsed. Only for comparing; display always keeps the official spelling.
 */
public final class NameKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

    private NameKey() {
    }

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        String noMarks = MARKS.matcher(decomposed).replaceAll("");
        String lower = noMarks.toLowerCase(Locale.ROOT);
        return NOT_ALNUM.matcher(lower).replaceAll(" ").strip();
    }
}
