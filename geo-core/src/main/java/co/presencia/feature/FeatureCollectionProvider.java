package co.presencia.feature;

import java.util.List;

/**
 * Contributes feature collections to {@link FeatureCollections}. The web application collects every provider bean,
 * so a new collection (coverage figures, interventions) is one more provider; see {@code docs/FEATURES.md}.
 * {@link #collections()} is asked on every request, so a provider may add or drop collections as data changes.
 */
@FunctionalInterface
public interface FeatureCollectionProvider {

    List<FeatureCollection> collections();
}
