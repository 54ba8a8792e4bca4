package co.presencia.web.system;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code presencia.*}.
 *
 * @param dataDir             the reference data folder filled by {@code scripts/setup-data}
 * @param groupsDir           folder of user-defined territory group CSVs (e.g. ECB); optional
 * @param populationThreshold the population band's threshold (inhabitants)
 * @param populationYear      the projection year the band uses
 * @param defaultYear         the reporting year when a request names none
 */
@ConfigurationProperties("presencia")
public record PresenciaProperties(
        @DefaultValue("shapefiles") Path dataDir,
        Path groupsDir,
        @DefaultValue("200000") long populationThreshold,
        @DefaultValue("2023") int populationYear,
        @DefaultValue("2023") int defaultYear) {
}
