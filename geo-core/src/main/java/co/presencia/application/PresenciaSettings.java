package co.presencia.application;

import co.presencia.territory.GroupSettings;
import co.presencia.territory.ReportingYear;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What the application core is opened with; the server binds it from {@code presencia.*}, the command line from
 * its options and environment. Every default is defined here (or in {@link ReportingYear} and
 * {@link GroupSettings}) and nowhere else.
 *
 * @param dataDir             the reference data folder filled by {@code scripts/setup-data}
 * @param groupsDir           folder of user-defined territory group CSVs (e.g. ECB); null for none
 * @param populationThreshold the population band's threshold (inhabitants)
 * @param populationYear      the projection year the population band uses
 * @param defaultYear         the reporting year of a request that names none
 * @param defaultDataset      the dataset of a request that names none (else the first stored)
 * @param cacheSize           how many recent selections keep their counts and derived figures (0 disables)
 * @param targetsFile         the configured targets CSV; null for none
 * @param sectorGroupingsDir  folder of sector grouping CSVs (CIIU → sector), one grouping per file; null for none
 */
public record PresenciaSettings(Path dataDir, Path groupsDir, long populationThreshold, int populationYear,
                                int defaultYear, String defaultDataset, int cacheSize, Path targetsFile,
                                Path sectorGroupingsDir) {

    public static final Path DEFAULT_DATA_DIR = Path.of("shapefiles");
    public static final String DEFAULT_DATASET = "demo";
    public static final int DEFAULT_CACHE_SIZE = 512;

    public PresenciaSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(defaultDataset, "defaultDataset");
        new ReportingYear(defaultYear);
        new ReportingYear(populationYear);
        if (populationThreshold <= 0) {
            throw new IllegalArgumentException("The population threshold must be positive, got " + populationThreshold);
        }
        if (cacheSize < 0) {
            throw new IllegalArgumentException("The cache size must not be negative, got " + cacheSize);
        }
    }

    /** The settings without a sector groupings folder. */
    public PresenciaSettings(Path dataDir, Path groupsDir, long populationThreshold, int populationYear, int defaultYear,
                             String defaultDataset, int cacheSize, Path targetsFile) {
        this(dataDir, groupsDir, populationThreshold, populationYear, defaultYear, defaultDataset, cacheSize, targetsFile, null);
    }

    /** Every default, with the reference data in {@code dataDir}. */
    public static PresenciaSettings defaults(Path dataDir) {
        return new PresenciaSettings(dataDir, null, GroupSettings.DEFAULT_POPULATION_THRESHOLD, ReportingYear.DEFAULT,
                ReportingYear.DEFAULT, DEFAULT_DATASET, DEFAULT_CACHE_SIZE, null);
    }

    public PresenciaSettings withGroupsDir(Path folder) {
        return new PresenciaSettings(dataDir, folder, populationThreshold, populationYear, defaultYear, defaultDataset, cacheSize,
                targetsFile, sectorGroupingsDir);
    }

    public PresenciaSettings withTargetsFile(Path file) {
        return new PresenciaSettings(dataDir, groupsDir, populationThreshold, populationYear, defaultYear, defaultDataset, cacheSize,
                file, sectorGroupingsDir);
    }

    public PresenciaSettings withSectorGroupingsDir(Path folder) {
        return new PresenciaSettings(dataDir, groupsDir, populationThreshold, populationYear, defaultYear, defaultDataset, cacheSize,
                targetsFile, folder);
    }

    public GroupSettings groupSettings() {
        return new GroupSettings(populationThreshold, populationYear, groupsDir);
    }
}
