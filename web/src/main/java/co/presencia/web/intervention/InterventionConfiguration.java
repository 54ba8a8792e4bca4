package co.presencia.web.intervention;

import co.presencia.intervention.DatasetRepository;
import co.presencia.intervention.ImportJobRepository;
import co.presencia.intervention.InterventionImporter;
import co.presencia.intervention.InterventionPointRepository;
import co.presencia.intervention.InterventionRepository;
import co.presencia.intervention.MunicipalityJoiner;
import co.presencia.spatial.sql.Database;
import co.presencia.web.system.ReferenceDataService;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Wires the intervention store (datasets, records, points, import jobs) and the importer. The joiner (with its
 * point-in-polygon index) is built once from the reference catalog. Uploads: files up to
 * {@code presencia.import.max-upload-size} (default 1 GB), written to disk above 1 MB so a large upload never sits in
 * memory.
 */
@Configuration(proxyBeanMethods = false)
public class InterventionConfiguration {

    @Bean
    DatasetRepository datasetRepository(Database database) {
        return new DatasetRepository(database);
    }

    @Bean
    InterventionRepository interventionRepository(Database database) {
        return new InterventionRepository(database);
    }

    @Bean
    InterventionPointRepository interventionPointRepository(Database database) {
        return new InterventionPointRepository(database);
    }

    @Bean
    ImportJobRepository importJobRepository(Database database) {
        return new ImportJobRepository(database);
    }

    @Bean
    MunicipalityJoiner municipalityJoiner(ReferenceDataService reference) {
        return new MunicipalityJoiner(reference.catalog());
    }

    @Bean
    InterventionImporter interventionImporter(Database database, MunicipalityJoiner joiner) {
        return new InterventionImporter(database, joiner);
    }

    @Bean
    MultipartConfigElement multipartConfigElement(@Value("${presencia.import.max-upload-size:1GB}") DataSize maxUpload) {
        return new MultipartConfigElement("", maxUpload.toBytes(), maxUpload.toBytes() + 1024 * 1024, 1024 * 1024);
    }
}
