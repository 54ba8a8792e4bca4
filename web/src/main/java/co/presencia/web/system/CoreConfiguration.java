package co.presencia.web.system;

import co.presencia.application.CoverageQueries;
import co.presencia.application.Datasets;
import co.presencia.application.ImportJobs;
import co.presencia.application.Presencia;
import co.presencia.application.ReferenceTerritory;
import co.presencia.application.SelectionParser;
import co.presencia.application.StaticMaps;
import co.presencia.application.Targets;
import co.presencia.feature.FeatureCollections;
import co.presencia.intervention.DatasetRepository;
import co.presencia.intervention.ImportJobRepository;
import co.presencia.intervention.InterventionRepository;
import co.presencia.reference.ReferenceLoading;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Opens the application core once ({@link Presencia#open}, the same factory the command line uses) on Spring's
 * DataSource — {@code jdbc:h2:file:…} is the embedded H2GIS default, {@code jdbc:postgresql://…} PostgreSQL +
 * PostGIS — and offers its use cases as beans for the controllers to call. On PostgreSQL several instances may
 * share one store: each hears the others' dataset notices ({@link Datasets#follow}), and a hot standby may serve the
 * read-heavy paths ({@code presencia.read-replica.url}, {@link ReadReplicaPool}).
 */
@Configuration(proxyBeanMethods = false)
public class CoreConfiguration {

    /** Only when {@code presencia.read-replica.url} is set. */
    @Bean(destroyMethod = "close")
    @ConditionalOnProperty("presencia.read-replica.url")
    ReadReplicaPool readReplicaPool(DataSource dataSource, @Value("${presencia.read-replica.url}") String url,
                                    @Value("${presencia.read-replica.username:}") String username,
                                    @Value("${presencia.read-replica.password:}") String password,
                                    @Value("${presencia.read-replica.max-wait:2s}") Duration maxWait) {
        return new ReadReplicaPool(dataSource, url, username, password, maxWait);
    }

    /** Opened, then hearing the other instances' dataset notices (on PostgreSQL; H2GIS has none to hear). */
    @Bean(destroyMethod = "close")
    Presencia presencia(DataSource dataSource, PresenciaProperties properties, ObjectProvider<ReadReplicaPool> replica) {
        ReadReplicaPool pool = replica.getIfAvailable();
        Presencia presencia = Presencia.open(dataSource, pool == null ? null : pool.readReplica(), properties.toSettings(),
                ReferenceLoading.REFRESH_WHEN_FILES_CHANGE);
        presencia.datasets().follow();
        return presencia;
    }

    @Bean
    ReferenceTerritory referenceTerritory(Presencia presencia) {
        return presencia.territory();
    }

    @Bean
    Datasets datasets(Presencia presencia) {
        return presencia.datasets();
    }

    @Bean
    SelectionParser selectionParser(Presencia presencia) {
        return presencia.selections();
    }

    @Bean
    CoverageQueries coverageQueries(Presencia presencia) {
        return presencia.coverage();
    }

    @Bean
    Targets targets(Presencia presencia) {
        return presencia.targets();
    }

    @Bean
    ImportJobs importJobs(Presencia presencia) {
        return presencia.imports();
    }

    @Bean
    FeatureCollections featureCollections(Presencia presencia) {
        return presencia.features();
    }

    /** The core's maps within this server's limits ({@code presencia.limits.maps.*}). */
    @Bean
    StaticMaps staticMaps(Presencia presencia, LimitProperties limits) {
        return presencia.maps().withLimits(limits.maps().toLimits());
    }

    @Bean
    InterventionRepository interventionRepository(Presencia presencia) {
        return presencia.interventions();
    }

    @Bean
    DatasetRepository datasetRepository(Presencia presencia) {
        return presencia.datasetRepository();
    }

    @Bean
    ImportJobRepository importJobRepository(Presencia presencia) {
        return presencia.importLog();
    }
}
