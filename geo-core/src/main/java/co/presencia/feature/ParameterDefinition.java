package co.presencia.feature;

import java.util.List;
import java.util.Objects;

/**
 * A query parameter a collection accepts besides the standard ones (bbox, limit, offset, crs, property filters),
 * e.g. {@code year} on the territory collections or {@code axis} on a coverage collection.
 *
 * @param name          the parameter name
 * @param type          the value type
 * @param description   what it selects, Spanish first
 * @param allowedValues the accepted values when they are a closed list; empty when open
 */
public record ParameterDefinition(String name, PropertyType type, String description, List<String> allowedValues) {
    public ParameterDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        allowedValues = List.copyOf(allowedValues);
    }
}
