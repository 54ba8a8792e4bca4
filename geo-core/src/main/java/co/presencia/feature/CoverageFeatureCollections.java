package co.presencia.feature;

import co.presencia.coverage.CoverageCounts;
import co.presencia.coverage.CoverageFigures.DepartmentRow;
import co.presencia.coverage.CoverageFigures.MunicipalityRow;
import co.presencia.coverage.CoverageFigures;
import co.presencia.coverage.CoverageSelection;
import co.presencia.feature.CoverageFeatureTables.DepartmentFeatureRow;
import co.presencia.feature.CoverageFeatureTables.MunicipalFeatureRow;
import co.presencia.feature.CoverageFeatureTables.SelectionFacts;
import co.presencia.intervention.Axis;
import co.presencia.intervention.CompanySize;
import co.presencia.intervention.DatasetSummary;
import co.presencia.territory.DepartmentBoundary;
import co.presencia.territory.DepartmentCode;
import co.presencia.territory.DivipolaCode;
import co.presencia.territory.Municipality;
import co.presencia.territory.ReferenceCatalog;
import co.presencia.territory.TerritoryGroup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The coverage figures (DOMAIN.md §3) as feature collections: {@code municipal-coverage}, one feature per unit in
 * force in the reporting year with its distinct beneficiaries, share, interventions, reach, population, beneficiaries
 * per 10,000 inhabitants and rank; and {@code department-coverage}, one per department. Their parameters are the
 * filters of the coverage API ({@code dataset, year, axis, program, size, department}).
 *
 * <p>Guarantees: the figures are the rows of {@link CoverageFigures#municipalities} and
 * {@link CoverageFigures#departments} for the counts {@link Figures#select} resolves, the same rows the coverage API
 * answers, in the same order (municipalities ranked by beneficiaries, then the units not reached; departments by
 * beneficiaries), restricted to the filter's departments by those methods. The properties are the columns of the
 * same {@link co.presencia.coverage.FigureTables} definitions plus the feature's own ({@link CoverageFeatureTables}). Geometry is the reference territory's, for municipalities the same objects the
 * {@code municipalities} collection serves for that year (so 94343 Barrancominas carries Mapiripana's territory from
 * 2020, and maps reuse their simplification). The collections are offered only while a dataset exists.
 *
 * <p>"Coverage" here means coverage figures carried as feature properties, never an OGC raster coverage.
 */
public final class CoverageFeatureCollections implements FeatureCollectionProvider {

    public static final String MUNICIPAL_COVERAGE = "municipal-coverage";
    public static final String DEPARTMENT_COVERAGE = "department-coverage";

    /** The source line of maps and downloads; the dataset itself is named per feature ({@code dataset}). */
    static final String ATTRIBUTION = "Fuente: Presencia, registros del conjunto de datos; DANE, MGN 2018 y proyecciones "
            + "de población; ART; MinCIT";

    /**
     * Where the figures come from: the application core, which resolves the parameters exactly as its coverage API
     * does and keeps the one cache of derived results.
     */
    public interface Figures {

        /** Every dataset, as stored now; with none, the collections are not offered. */
        List<DatasetSummary> datasets();

        /**
         * The dataset, its index and the filter that the collection parameters select ({@code dataset}, {@code year},
         * {@code axis}, {@code program}, {@code size}, {@code department}, each optional).
         *
         * @throws co.presencia.error.InvalidParameterException naming the parameter with a bad value or an unknown dataset
         */
        CoverageSelection select(Map<String, String> parameters);

        /** The counts of a selection. */
        CoverageCounts counts(CoverageSelection selection);

        /** A result derived from a selection ({@code what} names it), computed once while the selection is recent. */
        <T> T remember(CoverageSelection selection, String what, Supplier<T> compute);
    }

    private final Figures figures;
    private final ReferenceCatalog catalog;
    private final FeatureCollection municipalities;
    private final String referenceVersion;
    private final Set<DivipolaCode> pdet;
    private final Set<DivipolaCode> zomac;
    private final Map<Integer, Map<String, Geometry>> geometryByYear = new ConcurrentHashMap<>();
    private final List<FeatureCollection> collections;

    /**
     * @param figures          the source of the counts
     * @param catalog          the reference territory
     * @param municipalities   the {@code municipalities} collection (its {@code year} variants give the geometry)
     * @param referenceVersion the version tag of the reference territory
     */
    public CoverageFeatureCollections(Figures figures, ReferenceCatalog catalog, FeatureCollection municipalities,
                                      String referenceVersion) {
        this.figures = figures;
        this.catalog = catalog;
        this.municipalities = municipalities;
        this.referenceVersion = referenceVersion;
        this.pdet = catalog.group("pdet").map(TerritoryGroup::municipalities).map(Set::copyOf).orElse(Set.of());
        this.zomac = catalog.group("zomac").map(TerritoryGroup::municipalities).map(Set::copyOf).orElse(Set.of());
        Envelope extent = new Envelope();
        catalog.municipalities().forEach(m -> {
            if (m.geometry() != null) {
                extent.expandToInclude(m.geometry().getEnvelopeInternal());
            }
        });
        List<ParameterDefinition> parameters = parameters(catalog);
        this.collections = List.of(
                new Figured(municipalMetadata(extent, parameters), this::municipalFeatures),
                new Figured(departmentMetadata(extent, parameters), this::departmentFeatures));
    }

    @Override
    public List<FeatureCollection> collections() {
        return figures.datasets().isEmpty() ? List.of() : collections;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Metadata.

    static List<ParameterDefinition> parameters(ReferenceCatalog catalog) {
        return List.of(
                new ParameterDefinition("dataset", PropertyType.STRING,
                        "Conjunto de datos (id, ver /api/v1/datasets); por defecto el configurado. Dataset id; default: the configured one.",
                        List.of()),
                ParameterDefinition.list("year", PropertyType.INTEGER,
                        "Año(s) de reporte; el último fija las unidades vigentes (el denominador). Sin year: todos los años, "
                                + "vigencia del año por defecto. Reporting year(s); the latest fixes the units in force.",
                        List.of()),
                ParameterDefinition.list("axis", PropertyType.STRING, "Eje o estrategia. Axis or strategy.",
                        Arrays.stream(Axis.values()).map(Axis::id).toList()),
                new ParameterDefinition("program", PropertyType.STRING,
                        "Programa o instrumento, como está escrito en los datos (sin distinguir tildes ni mayúsculas). "
                                + "Program or instrument, as written.",
                        List.of()),
                ParameterDefinition.list("size", PropertyType.STRING, "Tamaño de empresa. Company size.",
                        Arrays.stream(CompanySize.values()).map(CompanySize::id).toList()),
                ParameterDefinition.list("department", PropertyType.STRING,
                        "Departamento(s) donde ocurrió la intervención (código DIVIPOLA de 2 dígitos); también restringe las "
                                + "unidades servidas. Department code(s); also restricts the units served.",
                        catalog.departments().stream().map(d -> d.department().code().value()).sorted().toList()),
                ParameterDefinition.list("sector", PropertyType.STRING, "Sector: código CIIU Rev. 4 A.C. de cualquier nivel (C, 10, "
                        + "1011) o agrupación:sector (ver /api/v1/sectors). Economic sector: CIIU code or grouping:sector.", List.of()));
    }

    static CollectionMetadata municipalMetadata(Envelope extent, List<ParameterDefinition> parameters) {
        return new CollectionMetadata(MUNICIPAL_COVERAGE, "Cobertura por municipio / municipal coverage",
                "Cada municipio, área no municipalizada o isla vigente en el año de reporte (1.121 desde 2020) con sus "
                        + "beneficiarios distintos, su participación en el total nacional, intervenciones, si fue alcanzado, "
                        + "población, beneficiarios por 10.000 habitantes y puesto; con los filtros del API de cobertura "
                        + "(dataset, year, axis, program, size, department), p. ej. ?year=2023&axis=calidad. Las mismas cifras "
                        + "que /api/v1/coverage/municipalities. Every unit in force with its coverage figures.",
                GeometryKind.MULTI_POLYGON, extent, TableFeatures.properties(CoverageFeatureTables.MUNICIPAL),
                parameters, ATTRIBUTION);
    }

    static CollectionMetadata departmentMetadata(Envelope extent, List<ParameterDefinition> parameters) {
        return new CollectionMetadata(DEPARTMENT_COVERAGE, "Cobertura por departamento / department coverage",
                "Los 33 departamentos (32 y Bogotá D.C.) con sus beneficiarios distintos y su participación en el total "
                        + "nacional, intervenciones y municipios alcanzados de los vigentes; con los filtros del API de "
                        + "cobertura. Las mismas cifras que /api/v1/coverage/departments. The 33 departments with their "
                        + "coverage figures.",
                GeometryKind.MULTI_POLYGON, extent, TableFeatures.properties(CoverageFeatureTables.DEPARTMENT),
                parameters, ATTRIBUTION);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Features.

    List<Feature> municipalFeatures(CoverageSelection selection) {
        CoverageCounts counts = figures.counts(selection);
        SelectionFacts facts = facts(selection, counts);
        Map<String, Geometry> geometry = geometries(facts.reportingYear());
        List<Feature> features = new ArrayList<>();
        for (MunicipalityRow row : CoverageFigures.municipalities(counts, catalog)) {
            DivipolaCode code = new DivipolaCode(row.code());
            Geometry g = geometry.get(row.code());
            if (g == null) {
                g = catalog.municipality(code).map(Municipality::geometry).orElse(null);
            }
            MunicipalFeatureRow featureRow = new MunicipalFeatureRow(row, pdet.contains(code), zomac.contains(code), facts);
            features.add(TableFeatures.feature(CoverageFeatureTables.MUNICIPAL, featureRow, row.code(), g));
        }
        return features;
    }

    List<Feature> departmentFeatures(CoverageSelection selection) {
        CoverageCounts counts = figures.counts(selection);
        SelectionFacts facts = facts(selection, counts);
        List<Feature> features = new ArrayList<>();
        for (DepartmentRow row : CoverageFigures.departments(counts, catalog)) {
            Geometry g = catalog.department(new DepartmentCode(row.code())).map(DepartmentBoundary::geometry).orElse(null);
            features.add(TableFeatures.feature(CoverageFeatureTables.DEPARTMENT, new DepartmentFeatureRow(row, facts), row.code(), g));
        }
        return features;
    }

    private static SelectionFacts facts(CoverageSelection selection, CoverageCounts counts) {
        return new SelectionFacts(counts.vintage().year(), selection.dataset().id(), selection.dataset().synthetic());
    }

    /**
     * Municipal geometry by code for a reporting year: the {@code municipalities} collection's features for that year
     * (the year clamped to the range it accepts, outside which the units in force do not change).
     */
    private Map<String, Geometry> geometries(int year) {
        int clamped = Math.max(TerritoryFeatureCollections.FIRST_YEAR, Math.min(TerritoryFeatureCollections.LAST_YEAR, year));
        return geometryByYear.computeIfAbsent(clamped, y -> {
            Map<String, Geometry> byCode = new HashMap<>();
            municipalities.items(FeatureQuery.all(Map.of(), Map.of("year", Integer.toString(y)))).features()
                    .stream().filter(f -> f.geometry() != null).forEach(f -> byCode.put(f.id(), f.geometry()));
            return Map.copyOf(byCode);
        });
    }

    /** Builds the features of one collection for a selection. */
    @FunctionalInterface
    private interface FeatureBuilder {
        List<Feature> build(CoverageSelection selection);
    }

    /**
     * A collection whose features are built from the selected counts, then filtered and paged in memory. The features
     * of a selection (with their encodings, so a repeated request or the next page is not counted and encoded again)
     * are kept in the core's one cache of derived results; a selection names the dataset's import, so a new import is
     * a new selection.
     */
    private final class Figured implements FeatureCollection {
        private final CollectionMetadata metadata;
        private final FeatureBuilder builder;

        Figured(CollectionMetadata metadata, FeatureBuilder builder) {
            this.metadata = metadata;
            this.builder = builder;
        }

        @Override
        public CollectionMetadata metadata() {
            return metadata;
        }

        private InMemoryFeatureCollection select(Map<String, String> parameters) {
            CoverageSelection selection = figures.select(parameters);
            return figures.remember(selection, "features:" + metadata.id(),
                    () -> new InMemoryFeatureCollection(metadata, builder.build(selection), null));
        }

        @Override
        public FeaturePage items(FeatureQuery query) {
            return select(query.parameters()).items(query);
        }

        @Override
        public Optional<Feature> item(String id, Map<String, String> parameters) {
            return select(parameters).item(id, parameters);
        }

        @Override
        public Optional<String> version() {
            return Optional.of(DatasetsVersion.of(referenceVersion, figures.datasets()));
        }
    }
}
