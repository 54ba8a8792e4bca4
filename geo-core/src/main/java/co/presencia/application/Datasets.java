package co.presencia.application;

import co.presencia.cluster.ChangeNotices;
import co.presencia.coverage.CoverageCounts;
import co.presencia.coverage.CoverageIndex;
import co.presencia.coverage.CoverageSelection;
import co.presencia.error.NotFoundException;
import co.presencia.intervention.DatasetRepository;
import co.presencia.intervention.DatasetSummary;
import co.presencia.intervention.InterventionRepository;
import co.presencia.territory.DivipolaCode;
import co.presencia.territory.ReferenceCatalog;
import co.presencia.territory.TerritoryGroup;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The datasets of interventions and, per dataset, its {@link CoverageIndex} and the recent results derived from it.
 * An index is built on first use and rebuilt when the stored dataset shows another import than it was built from
 * (checksum and import time), so figures always reflect the last committed import, also one made by another
 * process; {@link #changed(String)} drops a dataset's index and results at once (after an import, a rename, a
 * deletion) and tells the other processes on the store through the {@link ChangeNotices}.
 *
 * <p>Which datasets are stored, and at which import, is read from the store on every request, unless this process
 * {@linkplain #follow() hears the other processes' notices} (PostgreSQL): then the stored datasets are read once and
 * kept until a notice (or this process) says one changed, until the notices may have been missed, or for at most
 * {@link #RECHECK_AFTER} — so several instances on one store see an import through any of them within a second,
 * without a query per request.
 */
public final class Datasets {

    private static final Logger LOG = LoggerFactory.getLogger(Datasets.class);

    private final DatasetRepository repository;
    private final InterventionRepository records;
    private final ReferenceCatalog catalog;
    private final String defaultDataset;
    private final Map<String, BuiltIndex> indexes = new ConcurrentHashMap<>();
    private final RecentResults recent;
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private final ChangeNotices notices;
    private final AtomicReference<Stored> stored = new AtomicReference<>();
    /** Counts the changes; a list read before a change is not kept after it. */
    private final AtomicLong changes = new AtomicLong();

    /** How long a kept list of the stored datasets is trusted without any notice (notices lost without a break). */
    static final Duration RECHECK_AFTER = Duration.ofSeconds(30);

    /** The stored datasets as read at {@code readAt} (nanoTime), while no change came after {@code change}. */
    private record Stored(List<DatasetSummary> all, Map<String, DatasetSummary> byId, long change, long readAt) {
    }

    private record BuiltIndex(String version, CoverageIndex index) {
    }

    /** What a derived result depends on: the dataset's import, the filter, the year, and what is derived. */
    private record ResultKey(String dataset, String version, Object filter, int year, String what) {
    }

    Datasets(DatasetRepository repository, InterventionRepository records, ReferenceCatalog catalog, String defaultDataset,
             int cacheSize, ChangeNotices notices) {
        this.repository = repository;
        this.records = records;
        this.catalog = catalog;
        this.defaultDataset = defaultDataset;
        this.recent = new RecentResults(cacheSize);
        this.notices = notices;
    }

    public List<DatasetSummary> list() {
        Stored kept = kept();
        return kept == null ? repository.datasets() : kept.all();
    }

    /** The dataset named, or for null/blank the default one (configured, else the first stored). */
    public Optional<DatasetSummary> find(String requested) {
        Stored kept = kept();
        if (kept != null) {
            String id = requested == null || requested.isBlank() ? defaultDataset : requested.strip();
            Optional<DatasetSummary> found = Optional.ofNullable(kept.byId().get(id));
            return requested == null || requested.isBlank() ? found.or(() -> kept.all().stream().findFirst()) : found;
        }
        if (requested != null && !requested.isBlank()) {
            return repository.dataset(requested.strip());
        }
        return repository.dataset(defaultDataset).or(() -> repository.datasets().stream().findFirst());
    }

    /**
     * Starts hearing the other processes' notices (the server does; a command-line run only publishes its own): from
     * then on the stored datasets are kept between notices while the notices are heard.
     */
    public void follow() {
        notices.listen(new ChangeNotices.Listener() {
            @Override
            public void changed(String datasetId) {
                drop(datasetId);
            }

            /** The kept list goes; indexes and results stay, checked against the stored import as always. */
            @Override
            public void missed() {
                changes.incrementAndGet();
                stored.set(null);
            }
        });
    }

    /** Whether the other processes' notices are heard now (so the stored datasets are kept between them). */
    public boolean hearsChanges() {
        return notices.listening();
    }

    /** The stored datasets as kept, read now when none is kept or it is too old; null when nothing may be kept. */
    private Stored kept() {
        if (!notices.listening()) {
            return null;
        }
        Stored kept = stored.get();
        if (kept != null && kept.change() == changes.get() && System.nanoTime() - kept.readAt() < RECHECK_AFTER.toNanos()) {
            return kept;
        }
        long change = changes.get();
        long readAt = System.nanoTime();
        List<DatasetSummary> all = repository.datasets();
        Map<String, DatasetSummary> byId = all.stream().collect(Collectors.toUnmodifiableMap(DatasetSummary::id, d -> d));
        Stored fresh = new Stored(all, byId, change, readAt);
        if (changes.get() == change) {
            stored.set(fresh);
        }
        return fresh;
    }

    /** As {@link #find(String)}; a {@link NotFoundException} naming the known datasets when there is none. */
    public DatasetSummary require(String requested) {
        return find(requested).orElseThrow(() -> requested == null || requested.isBlank()
                ? new NotFoundException("dataset.none")
                : new NotFoundException("dataset.unknown", requested.strip(),
                        list().stream().map(DatasetSummary::id).collect(Collectors.joining(", "))));
    }

    /** Whether the index of this version of the dataset is built, so a request would not wait for it. */
    public boolean isIndexed(DatasetSummary dataset) {
        BuiltIndex built = indexes.get(dataset.id());
        return built != null && built.version().equals(version(dataset));
    }

    /** The index of a dataset as of its last committed import. */
    public CoverageIndex index(DatasetSummary dataset) {
        String version = version(dataset);
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
            CoverageIndex index = CoverageIndex.build(catalog, sink -> records.forEach(dataset.id(), sink));
            LOG.info("Coverage index for dataset {}: {} interventions, {} beneficiaries, built in {} ms", dataset.id(),
                    index.size(), index.beneficiaryCount(), (System.nanoTime() - start) / 1_000_000);
            indexes.put(dataset.id(), new BuiltIndex(version, index));
            return index;
        }
    }

    /** The counts of a selection (within {@code group}'s territories when not null), computed once while recent. */
    public CoverageCounts counts(CoverageSelection selection, TerritoryGroup group) {
        return remember(selection, group == null ? "counts" : "counts:" + group.id(),
                () -> selection.index().count(selection.filter(), selection.reportingYear(), group));
    }

    /** The counts of {@code selection} over the records of one unit in force (a municipality profile's). */
    public CoverageCounts countsIn(CoverageSelection selection, DivipolaCode unit) {
        return remember(selection, "counts:unit:" + unit.value(),
                () -> selection.index().countIn(selection.filter(), selection.reportingYear(), unit));
    }

    /** A result derived from a selection, computed once while recent; {@code what} names the result. */
    public <T> T remember(CoverageSelection selection, String what, Supplier<T> compute) {
        DatasetSummary dataset = selection.dataset();
        return recent.get(new ResultKey(dataset.id(), version(dataset), selection.filter(), selection.reportingYear(), what), compute);
    }

    /** Creates or renames a dataset. */
    public DatasetSummary put(String id, String name, boolean synthetic) {
        DatasetSummary saved = repository.putDataset(id, name, synthetic);
        changed(id);
        return saved;
    }

    /** Deletes a dataset with its records; false when there was none. */
    public boolean delete(String id) {
        boolean deleted = repository.deleteDataset(id);
        if (deleted) {
            changed(id);
        }
        return deleted;
    }

    /**
     * Drops what is kept for the dataset, tells the listeners, and tells the other processes on the store (call it
     * after the change committed); the next use rebuilds from the store.
     */
    public void changed(String datasetId) {
        drop(datasetId);
        notices.publish(datasetId);
    }

    /** Drops what this process keeps of the dataset and tells the listeners. */
    private void drop(String datasetId) {
        changes.incrementAndGet();
        stored.set(null);
        indexes.remove(datasetId);
        recent.removeIf(key -> key instanceof ResultKey k && k.dataset().equals(datasetId));
        LOG.info("Dataset {} changed: its coverage index will be rebuilt on next use", datasetId);
        listeners.forEach(listener -> listener.accept(datasetId));
    }

    /**
     * Calls {@code listener} with the dataset id after every {@link #changed(String)}, on the thread that changed it,
     * and after every notice of another process, on the thread that heard it.
     */
    public void onChange(Consumer<String> listener) {
        listeners.add(listener);
    }

    private static String version(DatasetSummary dataset) {
        return dataset.contentChecksum() + "@" + dataset.lastImportAt();
    }
}
