package co.presencia.feature;

import java.util.List;
import java.util.Objects;

/**
 * A query parameter a collection accepts besides the standard ones (bbox, limit, offset, crs, property filters),
 * e.g. {@code year} on the territory collections or {@code axis} on a coverage collection.
 *
 * @param name          the parameter name
 * @param type          the value type (of each value, when {@code multiple})
 * @param description   what it selects, Spanish first
 * @param allowedValues the accepted values when they are a closed list; empty when open
 * @param multiple      whether one value may list several, comma-separated ({@code axis=calidad,productividad});
 *                      OpenAPI describes it as an array with {@code style: form, explode: false}
 */
public record ParameterDefinition(String name, PropertyType type, String description, List<String> allowedValues,
                                  boolean multiple) {
    public ParameterDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        allowedValues = List.copyOf(allowedValues);
    }

    /** A parameter that takes one value. */
    public ParameterDefinition(String name, PropertyType type, String description, List<String> allowedValues) {
        this(name, type, description, allowedValues, false);
    }

    /** A parameter whose value may be a comma-separated list. */
    public static ParameterDefinition list(String name, PropertyType type, String description, List<String> allowedValues) {
        return new ParameterDefinition(name, type, description, allowedValues, true);
    }
}
