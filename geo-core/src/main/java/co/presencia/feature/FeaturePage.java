package co.presencia.feature;

import java.util.List;

/**
 * One page of a query's answer.
 *
 * @param features      the features of the page, in the collection's stable order
 * @param numberMatched how many features match the query in total (all pages)
 */
public record FeaturePage(List<Feature> features, long numberMatched) {
    public FeaturePage {
        features = List.copyOf(features);
    }
}
