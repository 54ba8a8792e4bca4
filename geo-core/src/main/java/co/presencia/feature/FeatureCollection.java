package co.presencia.feature;

import java.util.Map;
import java.util.Optional;

/**
 * A named collection of features: the port the OGC API, the downloads and the static maps read.
 *
 * <p>Implementations validate their own {@link CollectionMetadata#parameters() parameters} and throw {@link
 * InvalidFeatureQueryException} for bad values; the caller has already checked that every filter names a queryable
 * property and every parameter is declared. Features keep one stable order, so offsets page reliably. Must be
 * thread-safe.
 */
public interface FeatureCollection {

    /** The description, cheap to ask (the registry asks it to find a collection by id). */
    CollectionMetadata metadata();

    /**
     * The description of the collection under its {@code parameters} (e.g. a {@code dataset}), whose extent may
     * depend on them; may read the store. By default {@link #metadata()}.
     */
    default CollectionMetadata metadata(Map<String, String> parameters) {
        return metadata();
    }

    /** One page of matching features and the total number matched. */
    FeaturePage items(FeatureQuery query);

    /** The feature with this id under the given collection parameters, if any. */
    Optional<Feature> item(String id, Map<String, String> parameters);

    /**
     * A tag that changes whenever the answer to the same query could change (for HTTP ETags); empty when the
     * collection cannot tell, in which case responses are not cached.
     */
    default Optional<String> version() {
        return Optional.empty();
    }
}
