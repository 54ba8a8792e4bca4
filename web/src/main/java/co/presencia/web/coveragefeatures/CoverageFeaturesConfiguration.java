package co.presencia.web.coveragefeatures;

import co.presencia.feature.CoverageFeatureCollections;
import co.presencia.feature.FeatureCollection;
import co.presencia.feature.FeatureCollectionProvider;
import co.presencia.feature.InterventionFeatureCollection;
import co.presencia.feature.TerritoryFeatureCollections;
import co.presencia.intervention.InterventionPointRepository;
import co.presencia.web.coverage.CoverageService;
import co.presencia.web.system.PresenciaProperties;
import co.presencia.web.system.ReferenceDataService;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * Registers {@code municipal-coverage}, {@code department-coverage} and {@code interventions} with the feature
 * registry, after the territory collections. They are offered while at least one dataset exists.
 */
@Configuration(proxyBeanMethods = false)
public class CoverageFeaturesConfiguration {

    @Bean
    @Order(10)
    CoverageFeatureCollections coverageFeatureCollections(CoverageService coverage, ReferenceDataService reference,
                                                          TerritoryFeatureCollections territory, PresenciaProperties properties) {
        FeatureCollection municipalities = municipalities(territory);
        return new CoverageFeatureCollections(new CoverageServiceFigures(coverage, properties.defaultYear()),
                reference.catalog(), municipalities, municipalities.version().orElse("t"));
    }

    @Bean
    @Order(20)
    FeatureCollectionProvider interventionFeatureCollection(InterventionPointRepository repository, CoverageService coverage,
                                                            ReferenceDataService reference, TerritoryFeatureCollections territory) {
        InterventionFeatureCollection interventions = new InterventionFeatureCollection(repository, reference.catalog(),
                requested -> CoverageServiceFigures.dataset(coverage, requested), coverage::datasets,
                municipalities(territory).version().orElse("t"));
        return () -> coverage.datasets().isEmpty() ? List.of() : List.of(interventions);
    }

    private static FeatureCollection municipalities(TerritoryFeatureCollections territory) {
        return territory.collections().stream()
                .filter(c -> c.metadata().id().equals(TerritoryFeatureCollections.MUNICIPALITIES)).findFirst().orElseThrow();
    }
}
