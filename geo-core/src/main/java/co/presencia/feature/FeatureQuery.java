package co.presencia.feature;

import java.util.Map;
import java.util.Objects;

/**
 * A request for a page of features.
 *
 * @param bbox       only features whose geometry intersects this lon/lat (CRS84) box, which may cross the
 *                   antimeridian; null for no spatial filter
 * @param limit      the most features to return (≥ 1)
 * @param offset     how many matching features to skip (≥ 0)
 * @param filters    equality filters on queryable properties (name → value text)
 * @param parameters collection-specific parameters (name → value text), e.g. {@code year}
 */
public record FeatureQuery(LonLatBox bbox, int limit, int offset, Map<String, String> filters, Map<String, String> parameters) {

    public FeatureQuery {
        if (limit < 1) {
            throw new InvalidFeatureQueryException("limit", "query.limit.minimum", 1, limit);
        }
        if (offset < 0) {
            throw new InvalidFeatureQueryException("offset", "query.offset.negative", offset);
        }
        filters = Map.copyOf(Objects.requireNonNull(filters, "filters"));
        parameters = Map.copyOf(Objects.requireNonNull(parameters, "parameters"));
    }

    /** Every feature, no filter. */
    public static FeatureQuery all() {
        return new FeatureQuery(null, Integer.MAX_VALUE, 0, Map.of(), Map.of());
    }

    /** Every feature under the given collection parameters and filters (downloads, maps). */
    public static FeatureQuery all(Map<String, String> filters, Map<String, String> parameters) {
        return new FeatureQuery(null, Integer.MAX_VALUE, 0, filters, parameters);
    }
}
