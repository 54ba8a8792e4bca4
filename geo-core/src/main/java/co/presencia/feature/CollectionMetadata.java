package co.presencia.feature;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Envelope;

/**
 * What a feature collection is: identity, titles, spatial extent, feature schema and extra parameters.
 *
 * @param id          URL-safe identifier ({@code municipalities})
 * @param title       display title, Spanish first
 * @param description one paragraph: what a feature is, its source and vintage
 * @param geometry    the geometry type every feature has
 * @param extent      the bounding box of all features, lon/lat (CRS84)
 * @param properties  the feature properties, in output order
 * @param parameters  extra query parameters the collection accepts
 * @param attribution the source line for maps and downloads ("Fuente: DANE, MGN 2018 …")
 */
public record CollectionMetadata(String id, String title, String description, GeometryKind geometry, Envelope extent,
                                 List<PropertyDefinition> properties, List<ParameterDefinition> parameters,
                                 String attribution) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    public CollectionMetadata {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Collection id '" + id + "' must be lower-case letters, digits and '-'");
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(geometry, "geometry");
        Objects.requireNonNull(extent, "extent");
        Objects.requireNonNull(attribution, "attribution");
        properties = List.copyOf(properties);
        parameters = List.copyOf(parameters);
        long distinctNames = properties.stream().map(PropertyDefinition::name).distinct().count();
        long distinctShort = properties.stream().map(p -> p.shortName().toLowerCase(java.util.Locale.ROOT)).distinct().count();
        if (distinctNames != properties.size() || distinctShort != properties.size()) {
            throw new IllegalArgumentException("Collection " + id + " has duplicate property names or DBF names");
        }
    }

    public Optional<PropertyDefinition> property(String name) {
        return properties.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public Optional<ParameterDefinition> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
