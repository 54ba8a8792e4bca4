package co.presencia.web.ogcapi;

import co.presencia.feature.FeatureCollectionProvider;
import co.presencia.feature.FeatureCollections;
import co.presencia.feature.TerritoryFeatureCollections;
import co.presencia.web.system.PresenciaProperties;
import co.presencia.web.system.ReferenceDataService;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * Wires the feature collections: every {@link FeatureCollectionProvider} bean in the application contributes to
 * the one {@link FeatureCollections} registry that the OGC API, the downloads and the static maps read. To add a
 * collection, declare another provider bean (see docs/FEATURES.md, "Adding a collection"); its {@code @Order} places
 * it in the list (the territory comes first, then the coverage collections of
 * {@code co.presencia.web.coveragefeatures}).
 */
@Configuration(proxyBeanMethods = false)
public class FeatureCollectionsConfiguration {

    @Bean
    @Order(0)
    TerritoryFeatureCollections territoryFeatureCollections(ReferenceDataService reference, PresenciaProperties properties) {
        // The catalog is immutable for the life of the process, so the start time versions its answers (ETags).
        String version = "t" + Long.toHexString(System.currentTimeMillis());
        return new TerritoryFeatureCollections(reference.catalog(), properties.defaultYear(), version);
    }

    @Bean
    FeatureCollections featureCollections(List<FeatureCollectionProvider> providers) {
        return new FeatureCollections(providers);
    }
}
