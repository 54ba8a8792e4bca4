package co.presencia.intervention;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Dataset identifiers: lower-case ASCII slugs of 1 to 64 characters ({@code [a-z0-9][a-z0-9-]*}). */
public final class DatasetId {

    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private DatasetId() {
    }

    public static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches();
    }

    /** Checks {@code id}; throws with a message naming it when it is not a valid slug. */
    public static String require(String id) {
        if (!isValid(id)) {
            throw new IllegalArgumentException("Identificador de conjunto de datos inválido '" + id
                    + "': use minúsculas, cifras y guiones, hasta 64 (invalid dataset id: lower-case letters, digits, '-')");
        }
        return id;
    }

    /** The slug of a display name: "Colombia Productiva 2023" → {@code colombia-productiva-2023}. */
    public static String slugOf(String name) {
        String folded = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 64) {
            slug = slug.substring(0, 64).replaceAll("-+$", "");
        }
        return require(slug.isEmpty() ? "dataset" : slug);
    }
}
