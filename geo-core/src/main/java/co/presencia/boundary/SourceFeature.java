package co.presencia.boundary;

import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature as read from a boundary file, before interpretation: attributes keyed by upper-cased field name
 * ({@code Locale.ROOT}), geometry with the layer's SRID.
 */
public record SourceFeature(int index, Map<String, Object> attributes, Geometry geometry) {
    public SourceFeature {
        Objects.requireNonNull(attributes, "attributes");
    }

    /** The attribute as trimmed text, or null when absent or blank. */
    public String text(String upperCaseField) {
        Object value = attributes.get(upperCaseField);
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }
}
