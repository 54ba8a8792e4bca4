package co.presencia.territory;

import java.nio.file.Path;

/**
 * How the configurable groups are built.
 *
 * @param populationThreshold a municipality is in the population band when its projection is below this
 * @param populationYear      the projection year used for the band
 * @param userGroupsDir       folder of user-defined group CSV files (may be null or missing)
 */
public record GroupSettings(long populationThreshold, int populationYear, Path userGroupsDir) {
    /** "Municipalities with fewer than 200,000 inhabitants" (DOMAIN.md §1). */
    public static final long DEFAULT_POPULATION_THRESHOLD = 200_000;
    public static final GroupSettings DEFAULT = new GroupSettings(DEFAULT_POPULATION_THRESHOLD, ReportingYear.DEFAULT, null);
}
