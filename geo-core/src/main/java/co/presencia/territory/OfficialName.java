package co.presencia.territory;

import java.util.Locale;
import java.util.Set;

/**
 * How a name that DIVIPOLA writes in capitals ("SAN JOSÉ DE TOLUVIEJO") is displayed. DIVIPOLA is the official
 * spelling (letters and accents); its capitalisation is taken from another DANE table that spells the same name with
 * the same letters (the projections write "Bogotá, D.C.", "San José de La Montaña"), else Spanish title case with the
 * particles in lower case ("San José de Toluviejo"). Footnote marks DIVIPOLA adds ("SAN ANDRÉS **",
 * "NUEVO BELÉN DE BAJIRÁ *") are not part of a name.
 */
public final class OfficialName {

    private static final Set<String> PARTICLES = Set.of("de", "del", "la", "las", "los", "el", "y", "e");

    private OfficialName() {
    }

    /**
     * The display form of {@code official}: {@code sameSpelling} when it has the same letters and accents in another
     * case (null or blank when there is none), else {@link #titleCase}.
     */
    public static String display(String official, String sameSpelling) {
        String name = withoutMarks(official);
        if (sameSpelling != null) {
            String candidate = withoutMarks(sameSpelling);
            if (candidate.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
        return titleCase(name);
    }

    /** The name without DIVIPOLA's footnote asterisks, spaces collapsed. */
    public static String withoutMarks(String name) {
        return name.replace("*", " ").strip().replaceAll("\\s+", " ");
    }

    /** "SAN ANDRÉS DE SOTAVENTO" → "San Andrés de Sotavento"; "MIRITÍ - PARANÁ" → "Mirití - Paraná". */
    public static String titleCase(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        int i = 0;
        boolean first = true;
        while (i < lower.length()) {
            char c = lower.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                out.append(c);
                i++;
                continue;
            }
            int end = i;
            while (end < lower.length() && (Character.isLetterOrDigit(lower.charAt(end)) || lower.charAt(end) == '\'')) {
                end++;
            }
            String word = lower.substring(i, end);
            if (!first && PARTICLES.contains(word)) {
                out.append(word);
            } else {
                out.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
            }
            first = false;
            i = end;
        }
        return out.toString();
    }
}
