package co.presencia.web.system;

import co.presencia.application.PresenciaSettings;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code presencia.*}, bound from the environment; a setting left out takes the core's default
 * ({@link PresenciaSettings#defaults}), which is defined there and nowhere else.
 *
 * @param dataDir             the reference data folder filled by {@code scripts/setup-data}
 * @param groupsDir           folder of user-defined territory group CSVs (e.g. ECB); optional
 * @param populationThreshold the population band's threshold (inhabitants)
 * @param populationYear      the projection year the band uses
 * @param defaultYear         the reporting year when a request names none
 * @param defaultDataset      the dataset when a request names none
 * @param targetsFile         the configured targets CSV; optional
 * @param coverage            {@code presencia.coverage.cache-size}: recent selections kept (0 disables)
 * @param sectorGroupingsDir  folder of sector grouping CSVs (CIIU → sector); optional
 */
@ConfigurationProperties("presencia")
public record PresenciaProperties(Path dataDir, Path groupsDir, Long populationThreshold, Integer populationYear,
                                  Integer defaultYear, String defaultDataset, Path targetsFile, Coverage coverage,
                                  Path sectorGroupingsDir) {

    /** {@code presencia.coverage.*}. */
    public record Coverage(Integer cacheSize) {
    }

    /** The core's settings: each one given here, else its default. */
    public PresenciaSettings toSettings() {
        PresenciaSettings d = PresenciaSettings.defaults(dataDir == null ? PresenciaSettings.DEFAULT_DATA_DIR : dataDir);
        return new PresenciaSettings(d.dataDir(), groupsDir,
                populationThreshold == null ? d.populationThreshold() : populationThreshold,
                populationYear == null ? d.populationYear() : populationYear,
                defaultYear == null ? d.defaultYear() : defaultYear,
                defaultDataset == null || defaultDataset.isBlank() ? d.defaultDataset() : defaultDataset.strip(),
                coverage == null || coverage.cacheSize() == null ? d.cacheSize() : coverage.cacheSize(),
                targetsFile == null || targetsFile.toString().isBlank() ? null : targetsFile)
                .withSectorGroupingsDir(sectorGroupingsDir == null || sectorGroupingsDir.toString().isBlank() ? null : sectorGroupingsDir);
    }
}
