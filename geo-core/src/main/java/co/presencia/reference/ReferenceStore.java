package co.presencia.reference;

import co.presencia.territory.GroupSettings;
import co.presencia.territory.ReferenceCatalog;
import co.presencia.territory.ReferenceFiles;
import co.presencia.territory.TerritoryRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the reference territory: reads it back from the store when the store holds what the files would give
 * (same {@link ReferenceFingerprint}), otherwise reads the files and replaces the stored territory in one
 * transaction. The catalog it answers is immutable.
 */
public final class ReferenceStore {

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceStore.class);

    private ReferenceStore() {
    }

    public static ReferenceCatalog open(TerritoryRepository repository, ReferenceFiles files, GroupSettings settings,
                                        ReferenceLoading loading) {
        long start = System.nanoTime();
        if (loading == ReferenceLoading.PREFER_STORED && repository.storedFingerprint().isPresent()) {
            return logRead(repository.loadCatalog(), start);
        }
        files.requirePresent();
        String fingerprint = ReferenceFingerprint.of(files, settings);
        if (repository.storedFingerprint().filter(fingerprint::equals).isPresent()) {
            return logRead(repository.loadCatalog(), start);
        }
        LOG.info("Loading the reference territory from {} into the store", files.root().toAbsolutePath());
        ReferenceCatalog fresh = ReferenceDataReader.read(files, settings);
        repository.replaceAll(fresh, fingerprint);
        return fresh;
    }

    private static ReferenceCatalog logRead(ReferenceCatalog catalog, long start) {
        LOG.info("Reference territory read from the store: {} municipalities, {} departments, {} groups in {} ms",
                catalog.municipalities().size(), catalog.departments().size(), catalog.groups().size(),
                (System.nanoTime() - start) / 1_000_000);
        return catalog;
    }
}
