package co.presencia.application;

import co.presencia.cluster.ChangeNotices;
import co.presencia.cluster.PostgresChangeNotices;
import co.presencia.cluster.ReadReplica;
import co.presencia.coverage.CoverageCounts;
import co.presencia.coverage.CoverageFilter;
import co.presencia.coverage.CoverageIndex;
import co.presencia.coverage.CoverageSelection;
import co.presencia.coverage.TargetRepository;
import co.presencia.economy.EconomicContext;
import co.presencia.feature.CoverageFeatureCollections;
import co.presencia.feature.FeatureCollection;
import co.presencia.feature.FeatureCollections;
import co.presencia.feature.InterventionFeatureCollection;
import co.presencia.feature.TerritoryFeatureCollections;
import co.presencia.intervention.DatasetRepository;
import co.presencia.intervention.DatasetSummary;
import co.presencia.intervention.ImportJobRepository;
import co.presencia.intervention.InterventionPointRepository;
import co.presencia.intervention.InterventionRepository;
import co.presencia.intervention.MunicipalityJoiner;
import co.presencia.reference.ReferenceLoading;
import co.presencia.reference.ReferenceStore;
import co.presencia.sector.SectorCatalog;
import co.presencia.spatial.sql.Database;
import co.presencia.spatial.sql.SchemaMigrator;
import co.presencia.spatial.sql.SqlDialect;
import co.presencia.spatial.sql.StoreException;
import co.presencia.territory.ReferenceCatalog;
import co.presencia.territory.ReferenceFiles;
import co.presencia.territory.TerritoryRepository;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The application core, opened once per process by {@link #open}: from a DataSource and the settings it migrates
 * the store, opens the reference territory, and wires the use cases that every adapter calls (the JSON API, the
 * OGC API, the downloads, the static maps, the command line). Adapters only translate their input into one call
 * of a use case and its result into their format.
 */
public final class Presencia implements AutoCloseable {

    private final PresenciaSettings settings;
    private final Database database;
    private final ReferenceTerritory territory;
    private final DatasetRepository datasetRepository;
    private final InterventionRepository interventions;
    private final InterventionPointRepository points;
    private final ImportJobRepository importLog;
    private final MunicipalityJoiner joiner;
    private final ChangeNotices notices;
    private final Datasets datasets;
    private final SelectionParser selections;
    private final CoverageQueries coverage;
    private final Targets targets;
    private final ImportJobs imports;
    private final FeatureCollections features;
    private final StaticMaps maps;
    private final Profiles profiles;
    private final Places places;
    private final Once<Sectors> sectors;
    private final Once<Economy> economy;
    private final EconomicCoverage economicCoverage;

    private Presencia(PresenciaSettings settings, Database database, ReadReplica readReplica, ReferenceCatalog catalog,
                      boolean readAllReferenceFiles) {
        Database reads = readReplica == null ? database : Database.of(readReplica, database.dialect());
        this.settings = settings;
        this.database = database;
        this.territory = new ReferenceTerritory(catalog);
        this.datasetRepository = new DatasetRepository(database);
        this.interventions = new InterventionRepository(reads);
        this.points = new InterventionPointRepository(reads);
        this.importLog = new ImportJobRepository(database);
        this.joiner = new MunicipalityJoiner(catalog);
        this.sectors = new Once<>(() -> new Sectors(SectorCatalog.load(settings.dataDir(), settings.sectorGroupingsDir())));
        this.notices = database.dialect() == SqlDialect.POSTGIS ? new PostgresChangeNotices(database) : ChangeNotices.NONE;
        this.datasets = new Datasets(datasetRepository, interventions, catalog, settings.defaultDataset(), settings.cacheSize(),
                notices);
        this.selections = new SelectionParser(datasets, sectors, settings.defaultYear());
        this.coverage = new CoverageQueries(datasets, territory);
        this.targets = new Targets(new TargetRepository(database), datasets, settings.targetsFile());
        this.imports = new ImportJobs(database, joiner, () -> sectors.get().classification(), datasets);
        this.features = featureCollections(catalog);
        this.maps = new StaticMaps(features);
        this.places = new Places(catalog, settings.defaultYear());
        this.economy = new Once<>(() -> new Economy(EconomicContext.load(settings.dataDir()), territory));
        this.economicCoverage = new EconomicCoverage(coverage, territory, sectors, economy);
        this.profiles = new Profiles(datasets, coverage, territory, new ProfileEconomy(coverage, economicCoverage, sectors, economy));
        if (readAllReferenceFiles) {
            // The server reads them at once, so a broken sector grouping file stops the start naming file and line.
            sectors.get();
            economy.get();
        }
    }

    /**
     * Opens the application on {@code dataSource}: applies the store's migrations, then reads the reference
     * territory ({@code loading} says whether changed reference files replace the stored territory).
     */
    public static Presencia open(DataSource dataSource, PresenciaSettings settings, ReferenceLoading loading) {
        return open(dataSource, null, settings, loading);
    }

    /**
     * As {@link #open(DataSource, PresenciaSettings, ReferenceLoading)}, with the read-heavy paths (a dataset's records
     * for its coverage index, the intervention points of the OGC API) served by a PostgreSQL hot standby through
     * {@code readReplica} (null: everything from {@code dataSource}). Migrations, imports and every other read stay on
     * the primary.
     */
    public static Presencia open(DataSource dataSource, ReadReplica readReplica, PresenciaSettings settings,
                                 ReferenceLoading loading) {
        Database database = Database.of(dataSource, dialect(dataSource));
        requireReplicaOnPostgis(database, readReplica);
        SchemaMigrator.migrate(database);
        ReferenceCatalog catalog = ReferenceStore.open(new TerritoryRepository(database),
                ReferenceFiles.standard(settings.dataDir()), settings.groupSettings(), loading);
        return new Presencia(settings, database, readReplica, catalog, loading == ReferenceLoading.REFRESH_WHEN_FILES_CHANGE);
    }

    /**
     * The application on a store already migrated, with a catalog already read (tests and benchmarks that share one
     * catalog across stores); the catalog is stored when the store has none.
     */
    public static Presencia of(Database database, ReferenceCatalog catalog, PresenciaSettings settings) {
        return of(database, null, catalog, settings);
    }

    /** As {@link #of(Database, ReferenceCatalog, PresenciaSettings)}, with a read replica (null for none). */
    public static Presencia of(Database database, ReadReplica readReplica, ReferenceCatalog catalog, PresenciaSettings settings) {
        requireReplicaOnPostgis(database, readReplica);
        TerritoryRepository territory = new TerritoryRepository(database);
        if (territory.storedFingerprint().isEmpty()) {
            territory.replaceAll(catalog, "given");
        }
        return new Presencia(settings, database, readReplica, catalog, false);
    }

    /** A read replica is a PostgreSQL hot standby: refused before anything is opened on another store. */
    private static void requireReplicaOnPostgis(Database database, ReadReplica readReplica) {
        if (readReplica != null && database.dialect() != SqlDialect.POSTGIS) {
            throw new IllegalArgumentException("A read replica is a PostgreSQL hot standby; the store is " + database.dialect());
        }
    }

    public PresenciaSettings settings() {
        return settings;
    }

    public Database database() {
        return database;
    }

    public ReferenceTerritory territory() {
        return territory;
    }

    public ReferenceCatalog catalog() {
        return territory.catalog();
    }

    /** The stored intervention records, dataset by dataset. */
    public InterventionRepository interventions() {
        return interventions;
    }

    /** The stored datasets (for figures, go through {@link #datasets()}, which keeps their indexes). */
    public DatasetRepository datasetRepository() {
        return datasetRepository;
    }

    /** Import jobs as stored, with their rejections. */
    public ImportJobRepository importLog() {
        return importLog;
    }

    /** Places rows on municipalities; its point-in-polygon index is built on first use. */
    public MunicipalityJoiner joiner() {
        return joiner;
    }

    public Datasets datasets() {
        return datasets;
    }

    public SelectionParser selections() {
        return selections;
    }

    public CoverageQueries coverage() {
        return coverage;
    }

    public Targets targets() {
        return targets;
    }

    public ImportJobs imports() {
        return imports;
    }

    /** Every feature collection (territory, coverage, intervention points) the OGC API, downloads and maps serve. */
    public FeatureCollections features() {
        return features;
    }

    /** Static choropleth maps of the feature collections. */
    public StaticMaps maps() {
        return maps;
    }

    /** Department and municipality profiles over their own denominators, and their maps. */
    public Profiles profiles() {
        return profiles;
    }

    /** Place search by official and common names. */
    public Places places() {
        return places;
    }

    /**
     * CIIU Rev. 4 A.C. and the sector groupings (built in, example, configured): read when the server opens, on first
     * use otherwise (a command-line import next to a server reads the stored territory and may run without the files).
     */
    public Sectors sectors() {
        return sectors.get();
    }

    /** DANE's municipal value added and departmental GDP by branch; read like {@link #sectors()}. */
    public Economy economy() {
        return economy.get();
    }

    /** Coverage beside the economy: presence against economic weight, opportunity gaps. */
    public EconomicCoverage economicCoverage() {
        return economicCoverage;
    }

    /**
     * Builds what the first requests would otherwise wait for: the point-in-polygon index of the importer, the
     * municipal adjacency of the gap figures, and the default dataset's coverage index and cells ({@link #refresh}).
     */
    public void warmUp() {
        joiner.locator();
        territory.adjacency();
        datasets.find(null).ifPresent(dataset -> refresh(dataset.id()));
    }

    /**
     * Builds what the first coverage request for a dataset would wait for after it changed: the coverage index of its
     * current version, and its precomputed cells for the default reporting year and for the latest year of its
     * records. The web tier calls it in the background after every change, here or on another instance. Nothing
     * when the dataset is gone; the same index when it is already current.
     */
    public void refresh(String datasetId) {
        datasets.find(datasetId).ifPresent(dataset -> {
            CoverageIndex index = datasets.index(dataset);
            Set<Integer> reportingYears = new TreeSet<>(Set.of(selections.defaultYear()));
            int[] years = index.years();
            if (years.length > 0) {
                reportingYears.add(years[years.length - 1]);
            }
            reportingYears.forEach(year -> index.count(CoverageFilter.ofYear(year), year));
        });
    }

    @Override
    public void close() {
        imports.close();
        notices.close();
    }

    private FeatureCollections featureCollections(ReferenceCatalog catalog) {
        String version = ReferenceVersion.of(new TerritoryRepository(database).storedFingerprint().orElse("none"), settings);
        TerritoryFeatureCollections territorial = new TerritoryFeatureCollections(catalog, settings.defaultYear(), version);
        FeatureCollection municipalities = territorial.collections().stream()
                .filter(c -> c.metadata().id().equals(TerritoryFeatureCollections.MUNICIPALITIES)).findFirst().orElseThrow();
        CoverageFeatureCollections coverageCollections = new CoverageFeatureCollections(new CoreFigures(), catalog,
                municipalities, version);
        InterventionFeatureCollection pointCollection = new InterventionFeatureCollection(points, catalog,
                selections::dataset, datasets::list, version);
        return new FeatureCollections(List.of(territorial, coverageCollections,
                () -> datasets.list().isEmpty() ? List.of() : List.of(pointCollection)));
    }

    /** The coverage collections' figures: the core's parser and its one cache. */
    private final class CoreFigures implements CoverageFeatureCollections.Figures {
        @Override
        public List<DatasetSummary> datasets() {
            return datasets.list();
        }

        @Override
        public CoverageSelection select(Map<String, String> parameters) {
            return selections.selectSingle(parameters);
        }

        @Override
        public CoverageCounts counts(CoverageSelection selection) {
            return datasets.counts(selection, null);
        }

        @Override
        public <T> T remember(CoverageSelection selection, String what, Supplier<T> compute) {
            return datasets.remember(selection, what, compute);
        }
    }

    private static SqlDialect dialect(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return SqlDialect.fromJdbcUrl(connection.getMetaData().getURL());
        } catch (SQLException e) {
            throw new StoreException("Could not open the store: " + e.getMessage(), e);
        }
    }
}
