package co.presencia.territory;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.spatial.sql.Database;
import co.presencia.spatial.sql.SchemaMigrator;
import co.presencia.testing.ReferenceData;
import org.junit.jupiter.api.Test;

/**
 * Replacing the stored reference territory, whole, three times over the real catalog (1,122 municipalities, ~200,000
 * vertices): atomic and idempotent, and a repeated migration leaves it alone. A load-type check apart from
 * {@link TerritoryRepositoryContract}, run in the integration phase on H2GIS and PostGIS ({@code *IT}).
 */
abstract class TerritoryReplacementContract {

    protected abstract Database newDatabase();

    @Test
    void replacingIsAtomicAndIdempotent() {
        Database database = newDatabase();
        TerritoryRepository repository = new TerritoryRepository(database);
        ReferenceCatalog original = ReferenceData.catalog();
        repository.replaceAll(original, "fingerprint-1");
        repository.replaceAll(original, "fingerprint-2");
        assertThat(repository.storedFingerprint()).contains("fingerprint-2");
        assertThat(repository.loadCatalog().municipalities()).hasSize(1123);
        SchemaMigrator.migrate(database);
        assertThat(repository.loadCatalog().municipalities()).hasSize(1123);
        repository.replaceAll(original, "fingerprint-1");
        assertThat(repository.storedFingerprint()).contains("fingerprint-1");
    }
}
