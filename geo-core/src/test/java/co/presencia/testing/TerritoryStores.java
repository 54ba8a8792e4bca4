package co.presencia.testing;

import co.presencia.spatial.sql.Database;
import co.presencia.territory.TerritoryRepository;

/**
 * One H2GIS and one PostGIS store per test JVM holding the real reference territory ({@link ReferenceData#catalog()},
 * stored with fingerprint {@value #FINGERPRINT}). Writing it (1,122 municipalities, ~200,000 vertices) takes
 * seconds, so the contracts that only read the territory share it; a test that replaces the territory uses a
 * database of its own ({@link TestDatabases}). Tests may add datasets here, each under its own id.
 */
public final class TerritoryStores {

    public static final String FINGERPRINT = "shared-reference-territory";
    private static Database h2gis;
    private static Database postgis;

    private TerritoryStores() {
    }

    public static synchronized Database h2gis() {
        if (h2gis == null) {
            h2gis = withTerritory(TestDatabases.h2gis());
        }
        return h2gis;
    }

    /** The shared PostGIS store; fails or aborts as {@link TestDatabases#postgisUrl()} says when there is none. */
    public static synchronized Database postgis() {
        if (postgis == null) {
            postgis = withTerritory(TestDatabases.postgis());
        }
        return postgis;
    }

    private static Database withTerritory(Database database) {
        new TerritoryRepository(database).replaceAll(ReferenceData.catalog(), FINGERPRINT);
        return database;
    }
}
