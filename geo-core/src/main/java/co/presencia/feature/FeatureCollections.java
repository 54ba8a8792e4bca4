package co.presencia.feature;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The registry of every collection the providers contribute, in provider order. Ids must be unique. */
public final class FeatureCollections {

    private final List<FeatureCollectionProvider> providers;

    public FeatureCollections(List<FeatureCollectionProvider> providers) {
        this.providers = List.copyOf(providers);
    }

    /** Every collection, checked for duplicate ids. */
    public List<FeatureCollection> all() {
        List<FeatureCollection> all = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (FeatureCollectionProvider provider : providers) {
            for (FeatureCollection collection : provider.collections()) {
                if (!ids.add(collection.metadata().id())) {
                    throw new IllegalStateException("Two feature collections have the id '" + collection.metadata().id() + "'");
                }
                all.add(collection);
            }
        }
        return all;
    }

    public Optional<FeatureCollection> get(String id) {
        for (FeatureCollectionProvider provider : providers) {
            for (FeatureCollection collection : provider.collections()) {
                if (collection.metadata().id().equals(id)) {
                    return Optional.of(collection);
                }
            }
        }
        return Optional.empty();
    }
}
