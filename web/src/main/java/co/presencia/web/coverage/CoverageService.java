package co.presencia.web.coverage;

import co.presencia.coverage.CoverageIndex;
import co.presencia.intervention.DatasetSummary;
import co.presencia.intervention.InterventionRepository;
import co.presencia.spatial.MunicipalAdjacency;
import co.presencia.territory.DivipolaCode;
import co.presencia.territory.ReferenceCatalog;
import co.presencia.web.intervention.DatasetChangedEvent;
import co.presencia.web.system.ApiException;
import co.presencia.web.system.ReferenceDataService;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Geometry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Keeps one {@link CoverageIndex} per dataset, built on first use from the store, dropped when the dataset changes
 * ({@link DatasetChangedEvent}) and rebuilt when the stored dataset shows another import than the index was built
 * from, so figures always reflect the last committed import, also one made by the command line.
 */
@Service
public class CoverageService {

    private static final Logger LOG = LoggerFactory.getLogger(CoverageService.class);

    private final InterventionRepository repository;
    private final ReferenceDataService reference;
    private final String defaultDataset;
    private final Map<String, Built> indexes = new ConcurrentHashMap<>();
    private volatile MunicipalAdjacency<DivipolaCode> adjacency;

    public CoverageService(InterventionRepository repository, ReferenceDataService reference,
                           @Value("${presencia.default-dataset:demo}") String defaultDataset) {
        this.repository = repository;
        this.reference = reference;
        this.defaultDataset = defaultDataset;
    }

    /** The dataset a request names, or the default one (configured, else the first stored). */
    public DatasetSummary dataset(String requested) {
        if (requested != null && !requested.isBlank()) {
            return find(requested).orElseThrow(() -> ApiException.notFound("No dataset '" + requested + "'; see /api/v1/datasets"));
        }
        return find(null).orElseThrow(() -> ApiException.notFound("No dataset has been imported yet; see /api/v1/datasets"));
    }

    /** As {@link #dataset(String)}, empty instead of an API error: the dataset named, or the default one for null. */
    public Optional<DatasetSummary> find(String requested) {
        if (requested != null && !requested.isBlank()) {
            return repository.dataset(requested.strip());
        }
        return repository.dataset(defaultDataset).or(() -> repository.datasets().stream().findFirst());
    }

    /**
     * The index of {@code dataset}, built on first use and rebuilt when the summary shows another import than the one
     * it was built from (so an import by the command line on the shared database is seen too, without an event).
     */
    public CoverageIndex index(DatasetSummary dataset) {
        return indexes.compute(dataset.id(), (id, built) -> {
            if (built != null && built.isFor(dataset)) {
                return built;
            }
            long start = System.nanoTime();
            CoverageIndex index = CoverageIndex.build(reference.catalog(), sink -> repository.forEach(id, sink));
            LOG.info("Coverage index for dataset {}: {} interventions, {} beneficiaries, built in {} ms", id, index.size(),
                    index.beneficiaryCount(), (System.nanoTime() - start) / 1_000_000);
            return new Built(dataset.lastImportAt(), dataset.contentChecksum(), index);
        }).index();
    }

    /** An index and the import it was built from. */
    private record Built(Instant lastImportAt, String contentChecksum, CoverageIndex index) {
        boolean isFor(DatasetSummary dataset) {
            return Objects.equals(lastImportAt, dataset.lastImportAt()) && Objects.equals(contentChecksum, dataset.contentChecksum());
        }
    }

    public List<DatasetSummary> datasets() {
        return repository.datasets();
    }

    public ReferenceCatalog catalog() {
        return reference.catalog();
    }

    public MunicipalAdjacency<DivipolaCode> adjacency() {
        MunicipalAdjacency<DivipolaCode> current = adjacency;
        if (current == null) {
            synchronized (this) {
                if (adjacency == null) {
                    Map<DivipolaCode, Geometry> polygons = new TreeMap<>();
                    reference.catalog().municipalities().forEach(m -> polygons.put(m.code(), m.geometry()));
                    adjacency = MunicipalAdjacency.build(polygons);
                }
                current = adjacency;
            }
        }
        return current;
    }

    @EventListener
    public void datasetChanged(DatasetChangedEvent event) {
        indexes.remove(event.datasetId());
        LOG.info("Dataset {} changed: its coverage index will be rebuilt on next use", event.datasetId());
    }
}
