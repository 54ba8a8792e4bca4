package co.presencia.territory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A named collection of territories, each a set of municipalities (DOMAIN.md §1). A flag set (ZOMAC, population
 * under 200k) is a group with one territory. "x of N territories reached" is computed per group.
 *
 * @param id          URL-safe identifier ({@code pdet}, {@code zomac}, {@code departments}, {@code ecb})
 * @param name        display name in Spanish
 * @param kind        how the group was built
 * @param source      where its membership comes from, for citation
 */
public record TerritoryGroup(String id, String name, GroupKind kind, String source, List<Territory> territories) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    public TerritoryGroup {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Group id '" + id + "' must be lower-case letters, digits and '-'");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        territories = List.copyOf(territories);
    }

    /** An id made from a name: accent-free lower case, words joined by '-' ("Montes de María" → montes-de-maria). */
    public static String slug(String text) {
        String slug = co.presencia.text.NameKey.of(text).replace(' ', '-');
        return slug.isEmpty() ? "x" : slug;
    }

    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** Every municipality in any territory of the group. */
    public SortedSet<DivipolaCode> municipalities() {
        SortedSet<DivipolaCode> all = new TreeSet<>();
        territories.forEach(t -> all.addAll(t.municipalities()));
        return all;
    }

    public Optional<Territory> territory(String territoryId) {
        return territories.stream().filter(t -> t.id().equals(territoryId)).findFirst();
    }
}
