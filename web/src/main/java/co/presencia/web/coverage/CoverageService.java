package co.presencia.web.coverage;

import co.presencia.coverage.CoverageCounts;
import co.presencia.coverage.CoverageFigures;
import co.presencia.coverage.CoverageFilter;
import co.presencia.coverage.CoverageIndex;
import co.presencia.intervention.DatasetSummary;
import co.presencia.intervention.DatasetRepository;
import co.presencia.intervention.InterventionRepository;
import co.presencia.spatial.MunicipalAdjacency;
import co.presencia.territory.DivipolaCode;
import co.presencia.territory.ReferenceCatalog;
import co.presencia.territory.TerritoryGroup;
import co.presencia.web.intervention.DatasetChangedEvent;
import co.presencia.web.system.ApiException;
import co.presencia.web.system.ReferenceDataService;
import java.util.List;
import java.util.Map;
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

    private final DatasetRepository datasets;
    private final InterventionRepository interventions;
    private final ReferenceDataService reference;
    private final String defaultDataset;
    private final Map<String, BuiltIndex> indexes = new ConcurrentHashMap<>();
    private final int cacheSize;
    /** Recent counts by (dataset, index, filter, year, group); dropped with the index when a dataset changes. */
    private final Map<CountsKey, CoverageCounts> recentCounts;
    private final Map<CountsKey, CoverageFigures.Headline> recentHeadlines;

    private record CountsKey(String dataset, CoverageIndex index, CoverageFilter filter, int year, String group) {
    }
    private volatile MunicipalAdjacency<DivipolaCode> adjacency;

    public CoverageService(DatasetRepository datasets, InterventionRepository interventions, ReferenceDataService reference,
                           @Value("${presencia.default-dataset:demo}") String defaultDataset,
                           @Value("${presencia.coverage.cache-size:512}") int cacheSize) {
        this.datasets = datasets;
        this.interventions = interventions;
        this.reference = reference;
        this.defaultDataset = defaultDataset;
        this.cacheSize = cacheSize;
        this.recentCounts = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<CountsKey, CoverageCounts> eldest) {
                return size() > CoverageService.this.cacheSize;
            }
        });
        this.recentHeadlines = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<CountsKey, CoverageFigures.Headline> eldest) {
                return size() > CoverageService.this.cacheSize;
            }
        });
    }

    /**
     * The counts for a filter, computed once per (dataset import, filter, year, group) and kept in a bounded LRU
     * ({@code presencia.coverage.cache-size}, 0 disables it): a portal asks the same combinations again and again,
     * and counts are immutable until the next import replaces the index.
     */
    public CoverageCounts counts(DatasetSummary dataset, CoverageIndex index, CoverageFilter filter, int year, TerritoryGroup group) {
        if (cacheSize <= 0) {
            return index.count(filter, year, group);
        }
        CountsKey key = new CountsKey(dataset.id(), index, filter, year, group == null ? null : group.id());
        CoverageCounts cached = recentCounts.get(key);
        if (cached != null) {
            return cached;
        }
        CoverageCounts computed = index.count(filter, year, group);
        recentCounts.put(key, computed);
        return computed;
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
            return datasets.dataset(requested.strip());
        }
        return datasets.dataset(defaultDataset).or(() -> datasets.datasets().stream().findFirst());
    }

    /**
     * The index of a dataset as of its last committed import. The dataset's checksum and import time are compared
     * with those the cached index was built from, so an import made by the CLI (another process) is seen too.
     */
    public CoverageIndex index(DatasetSummary dataset) {
        String version = dataset.contentChecksum() + "@" + dataset.lastImportAt();
        BuiltIndex built = indexes.get(dataset.id());
        if (built != null && built.version().equals(version)) {
            return built.index();
        }
        synchronized (this) {
            built = indexes.get(dataset.id());
            if (built != null && built.version().equals(version)) {
                return built.index();
            }
            long start = System.nanoTime();
            CoverageIndex index = CoverageIndex.build(reference.catalog(), sink -> interventions.forEach(dataset.id(), sink));
            LOG.info("Coverage index for dataset {}: {} interventions, {} beneficiaries, built in {} ms", dataset.id(), index.size(),
                    index.beneficiaryCount(), (System.nanoTime() - start) / 1_000_000);
            indexes.put(dataset.id(), new BuiltIndex(version, index));
            return index;
        }
    }

    private record BuiltIndex(String version, CoverageIndex index) {
    }

    public List<DatasetSummary> datasets() {
        return datasets.datasets();
    }

    public ReferenceCatalog catalog() {
        return reference.catalog();
    }

    public ReferenceDataService reference() {
        return reference;
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

    /** The headline figures for a filter, kept with the counts they come from. */
    public CoverageFigures.Headline headline(DatasetSummary dataset, CoverageIndex index, CoverageFilter filter, int year) {
        if (cacheSize <= 0) {
            return CoverageFigures.headline(index.count(filter, year, null), reference.catalog());
        }
        CountsKey key = new CountsKey(dataset.id(), index, filter, year, "#headline");
        CoverageFigures.Headline cached = recentHeadlines.get(key);
        if (cached == null) {
            cached = CoverageFigures.headline(counts(dataset, index, filter, year, null), reference.catalog());
            recentHeadlines.put(key, cached);
        }
        return cached;
    }

    @EventListener
    public void datasetChanged(DatasetChangedEvent event) {
        indexes.remove(event.datasetId());
        recentCounts.keySet().removeIf(k -> k.dataset().equals(event.datasetId()));
        recentHeadlines.keySet().removeIf(k -> k.dataset().equals(event.datasetId()));
        LOG.info("Dataset {} changed: its coverage index will be rebuilt on next use", event.datasetId());
    }
}
