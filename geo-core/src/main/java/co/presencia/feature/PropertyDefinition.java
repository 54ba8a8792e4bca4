package co.presencia.feature;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One attribute of a collection's features.
 *
 * @param name      the property name in GeoJSON, GeoPackage and filters: lower-case ASCII snake case
 * @param type      its value type
 * @param title     a short description, Spanish first
 * @param shortName the DBF field name for Shapefiles: at most 10 ASCII characters, unique in the collection
 * @param queryable whether {@code ?name=value} filters on it (equality on the value's text form; a boolean takes
 *                  {@code true}/{@code false} or {@code 1}/{@code 0}, as GDAL's OAPIF driver sends {@code -where "pdet = 1"})
 */
public record PropertyDefinition(String name, PropertyType type, String title, String shortName, boolean queryable) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final Pattern SHORT_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,9}");

    public PropertyDefinition {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Property name '" + name + "' must be lower-case ASCII snake case");
        }
        if (shortName == null || !SHORT_NAME.matcher(shortName).matches()) {
            throw new IllegalArgumentException("DBF name '" + shortName + "' of " + name + " must be 1-10 ASCII letters, digits or _");
        }
    }

    public static PropertyDefinition queryable(String name, PropertyType type, String title, String shortName) {
        return new PropertyDefinition(name, type, title, shortName, true);
    }

    public static PropertyDefinition of(String name, PropertyType type, String title, String shortName) {
        return new PropertyDefinition(name, type, title, shortName, false);
    }

    /**
     * The text a filter value on this property is compared with: for a boolean {@code true} or {@code false} (also
     * given as {@code 1}/{@code 0}, in any case); other types unchanged.
     *
     * @throws InvalidFeatureQueryException for a boolean value that is none of these
     */
    public String filterText(String value) {
        if (type != PropertyType.BOOLEAN) {
            return value;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1" -> "true";
            case "false", "0" -> "false";
            default -> throw new InvalidFeatureQueryException(name, "query.boolean", name, value);
        };
    }
}
