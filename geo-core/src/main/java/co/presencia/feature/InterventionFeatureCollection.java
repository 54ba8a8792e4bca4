package co.presencia.feature;

import co.presencia.intervention.Axis;
import co.presencia.intervention.CompanySize;
import co.presencia.intervention.DatasetSummary;
import co.presencia.intervention.InterventionPoint;
import co.presencia.intervention.InterventionPointRepository;
import co.presencia.intervention.Placement;
import co.presencia.intervention.PointFilter;
import co.presencia.territory.DepartmentCode;
import co.presencia.territory.DivipolaCode;
import co.presencia.territory.Municipality;
import co.presencia.territory.ReferenceCatalog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * The {@code interventions} collection: one point per stored intervention that has coordinates (records placed by
 * code or name have none and are not served), read page by page from the store
 * ({@link InterventionPointRepository#points}, {@link InterventionPointRepository#countPoints}): memory follows the page,
 * not the dataset. bbox and the equality filters are pushed into SQL.
 *
 * <p>Privacy: a feature carries only the record id, year, program, axis, company size, municipality and department,
 * how the record was placed, and the dataset. Never the beneficiary id (a NIT, or a personal id for people and
 * unidades productivas), the amount, the sector or the differential focus. The coordinates are served as stored;
 * see docs/FEATURES.md.
 *
 * <p>Costs: a page reads at most offset + limit rows in record-id order (the primary key's order; it stops when the page
 * is full), so the first pages are instant and a deep page costs in proportion to its offset; the number matched is
 * one {@code COUNT(*)}, remembered per dataset import and filter so paging does not repeat it. Whole-collection reads
 * (downloads, maps: a limit above {@link #PAGE_LIMIT}) are refused above {@link #MAX_AT_ONCE} matching points, so a
 * download cannot hold an unbounded dataset in memory.
 */
public final class InterventionFeatureCollection implements FeatureCollection {

    public static final String ID = "interventions";
    /** The largest page the OGC API asks for; larger limits come from downloads and maps. */
    static final int PAGE_LIMIT = 10_000;
    /** How many points one read of the extent takes. */
    static final int EXTENT_PAGE = 50_000;
    /** The most points one download or map may hold. */
    public static final int MAX_AT_ONCE = 100_000;

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MUNICIPALITY = Pattern.compile("\\d{5}");
    private static final Pattern DEPARTMENT = Pattern.compile("\\d{2}");
    private static final GeometryFactory LON_LAT = new GeometryFactory(new PrecisionModel(), 4326);

    private final InterventionPointRepository repository;
    private final ReferenceCatalog catalog;
    private final Function<String, DatasetSummary> resolver;
    private final Supplier<List<DatasetSummary>> datasets;
    private final String referenceVersion;
    private final CollectionMetadata metadata;
    private final Map<CountKey, Envelope> extents = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<CountKey, Envelope> eldest) {
            return size() > 16;
        }
    };
    private volatile CollectionMetadata described;
    private final Map<CountKey, Long> counts = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<CountKey, Long> eldest) {
            return size() > 256;
        }
    };

    /**
     * @param repository       the store
     * @param catalog          the reference territory (municipality and department names, extent)
     * @param resolver         the dataset a {@code dataset} parameter names, or the default one for null; throws
     *                         {@link InvalidFeatureQueryException} for an unknown one
     * @param datasets         every dataset as stored now (for the version tag)
     * @param referenceVersion the version tag of the reference territory
     */
    public InterventionFeatureCollection(InterventionPointRepository repository, ReferenceCatalog catalog,
                                         Function<String, DatasetSummary> resolver, Supplier<List<DatasetSummary>> datasets,
                                         String referenceVersion) {
        this.repository = repository;
        this.catalog = catalog;
        this.resolver = resolver;
        this.datasets = datasets;
        this.referenceVersion = referenceVersion;
        Envelope extent = new Envelope();
        catalog.municipalities().forEach(m -> {
            if (m.geometry() != null) {
                extent.expandToInclude(m.geometry().getEnvelopeInternal());
            }
        });
        this.metadata = metadata(extent);
        this.described = metadata;
    }

    static CollectionMetadata metadata(Envelope extent) {
        return new CollectionMetadata(ID, "Intervenciones con coordenadas / interventions (points)",
                "Un punto por intervención cuyo registro de origen traía longitud y latitud (las ubicadas por código o "
                        + "nombre de municipio no tienen punto y no aparecen), con año, programa, eje, tamaño de empresa, "
                        + "municipio y cómo se ubicó. Sin el identificador del beneficiario ni montos (ver docs/FEATURES.md, "
                        + "privacidad). One point per intervention whose source row had coordinates; no beneficiary id.",
                GeometryKind.POINT, extent, List.of(
                        PropertyDefinition.of("record_id", PropertyType.STRING, "Identificador del registro", "id_reg"),
                        PropertyDefinition.queryable("year", PropertyType.INTEGER, "Año de reporte", "anio"),
                        PropertyDefinition.queryable("program", PropertyType.STRING, "Programa o instrumento", "programa"),
                        PropertyDefinition.queryable("axis", PropertyType.STRING,
                                "Eje o estrategia: " + String.join(", ", Arrays.stream(Axis.values()).map(Axis::id).toList()), "eje"),
                        PropertyDefinition.queryable("size", PropertyType.STRING,
                                "Tamaño de empresa: " + String.join(", ", Arrays.stream(CompanySize.values()).map(CompanySize::id).toList()),
                                "tamano"),
                        PropertyDefinition.queryable("municipality_code", PropertyType.STRING, "Código DIVIPOLA del municipio", "cod_mpio"),
                        PropertyDefinition.of("municipality_name", PropertyType.STRING, "Municipio", "nom_mpio"),
                        PropertyDefinition.queryable("department_code", PropertyType.STRING, "Código del departamento", "cod_dpto"),
                        PropertyDefinition.of("department_name", PropertyType.STRING, "Departamento", "nom_dpto"),
                        PropertyDefinition.queryable("placement", PropertyType.STRING,
                                "Cómo se ubicó: POINT (punto en polígono), POINT_SWAPPED (lon/lat intercambiadas y corregidas)",
                                "ubicacion"),
                        PropertyDefinition.of("dataset", PropertyType.STRING, "Conjunto de datos", "conjunto"),
                        PropertyDefinition.of("synthetic", PropertyType.BOOLEAN, "Datos sintéticos de demostración", "sintetico")),
                List.of(new ParameterDefinition("dataset", PropertyType.STRING,
                        "Conjunto de datos (id, ver /api/v1/datasets); por defecto el configurado. Dataset id; default: the configured one.",
                        List.of())),
                "Fuente: Presencia, registros con coordenadas del conjunto de datos; DANE, MGN 2018");
    }

    /** The description as last asked with {@link #metadata(Map)} (until then, with the country's extent). */
    @Override
    public CollectionMetadata metadata() {
        return described;
    }

    /**
     * The description with the extent of the dataset's published points (the country's when it has none), computed
     * once per dataset import by reading its points in pages of {@value #EXTENT_PAGE} (a million points take twenty
     * reads, once).
     */
    @Override
    public CollectionMetadata metadata(Map<String, String> parameters) {
        DatasetSummary dataset = resolver.apply(parameters.get("dataset"));
        CountKey key = new CountKey(dataset.id(), dataset.lastImportAt(), dataset.contentChecksum(), PointFilter.ALL);
        Envelope extent;
        synchronized (extents) {
            extent = extents.get(key);
        }
        if (extent == null) {
            Envelope points = new Envelope();
            long total = count(dataset, PointFilter.ALL);
            for (long offset = 0; offset < total; offset += EXTENT_PAGE) {
                for (InterventionPoint p : repository.points(dataset.id(), PointFilter.ALL, offset, EXTENT_PAGE)) {
                    double scale = publishedScale(p.size());
                    points.expandToInclude(p.longitude(), p.latitude());
                    points.expandToInclude(Math.round(p.longitude() * scale) / scale, Math.round(p.latitude() * scale) / scale);
                }
            }
            extent = points.isNull() ? metadata.extent() : points;
            synchronized (extents) {
                extents.put(key, extent);
            }
        }
        CollectionMetadata m = new CollectionMetadata(metadata.id(), metadata.title(), metadata.description(), metadata.geometry(),
                extent, metadata.properties(), metadata.parameters(), metadata.attribution());
        if (parameters.get("dataset") == null) {
            described = m;
        }
        return m;
    }

    @Override
    public FeaturePage items(FeatureQuery query) {
        DatasetSummary dataset = resolver.apply(query.parameters().get("dataset"));
        Optional<PointFilter> filter = filter(query.filters());
        if (filter.isEmpty()) {
            return new FeaturePage(List.of(), 0);
        }
        // One store filter per part of the box: two, east and west of the antimeridian, for a box that crosses it.
        // The parts are disjoint, so the points of the first part, then those of the second, are a stable order.
        List<PointFilter> parts = new ArrayList<>();
        if (query.bbox() == null) {
            parts.add(filter.get());
        } else {
            query.bbox().parts().forEach(box -> parts.add(filter.get().withBox(box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY())));
        }
        long[] counts = parts.stream().mapToLong(part -> count(dataset, part)).toArray();
        long matched = java.util.Arrays.stream(counts).sum();
        if (query.limit() > PAGE_LIMIT && matched - query.offset() > MAX_AT_ONCE) {
            throw new InvalidFeatureQueryException("limit", "query.limit.tooMany", matched, MAX_AT_ONCE);
        }
        if (query.offset() >= matched) {
            return new FeaturePage(List.of(), matched);
        }
        int remaining = (int) Math.min(query.limit(), matched - query.offset());
        List<Feature> features = new ArrayList<>(remaining);
        long skip = query.offset();
        for (int i = 0; i < parts.size() && remaining > 0; i++) {
            if (skip >= counts[i]) {
                skip -= counts[i];
                continue;
            }
            int take = (int) Math.min(remaining, counts[i] - skip);
            for (InterventionPoint point : repository.points(dataset.id(), parts.get(i), skip, take)) {
                features.add(feature(point, dataset));
            }
            remaining -= take;
            skip = 0;
        }
        return new FeaturePage(features, matched);
    }

    /**
     * {@link InterventionPointRepository#countPoints}, remembered for the dataset's current import: a client paging
     * through the points asks the same count on every page, and it is the one part of a page that reads every matching
     * row.
     */
    private long count(DatasetSummary dataset, PointFilter filter) {
        CountKey key = new CountKey(dataset.id(), dataset.lastImportAt(), dataset.contentChecksum(), filter);
        synchronized (counts) {
            Long known = counts.get(key);
            if (known != null) {
                return known;
            }
        }
        long counted = repository.countPoints(dataset.id(), filter);
        synchronized (counts) {
            counts.put(key, counted);
        }
        return counted;
    }

    private record CountKey(String dataset, java.time.Instant lastImportAt, String checksum, PointFilter filter) {
    }

    @Override
    public Optional<Feature> item(String id, Map<String, String> parameters) {
        DatasetSummary dataset = resolver.apply(parameters.get("dataset"));
        return repository.point(dataset.id(), id).map(p -> feature(p, dataset));
    }

    @Override
    public Optional<String> version() {
        return Optional.of(DatasetsVersion.of(referenceVersion, datasets.get()));
    }

    private Feature feature(InterventionPoint point, DatasetSummary dataset) {
        Optional<Municipality> municipality = catalog.municipality(point.municipality());
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("record_id", point.recordId());
        p.put("year", point.year());
        p.put("program", point.program());
        p.put("axis", point.axis() == null ? null : point.axis().id());
        p.put("size", point.size() == null ? null : point.size().id());
        p.put("municipality_code", point.municipality().value());
        p.put("municipality_name", municipality.map(Municipality::name).orElse(null));
        p.put("department_code", point.municipality().value().substring(0, 2));
        p.put("department_name", municipality.map(m -> m.department().name()).orElse(null));
        p.put("placement", point.placement().name());
        p.put("dataset", dataset.id());
        p.put("synthetic", dataset.synthetic());
        double scale = publishedScale(point.size());
        return new Feature(point.recordId(), p, LON_LAT.createPoint(new Coordinate(
                Math.round(point.longitude() * scale) / scale, Math.round(point.latitude() * scale) / scale)));
    }

    /**
     * How precisely a point is published. A company's location (micro to grande) is a business address, published to
     * 4 decimals (≈ 11 m); a unidad productiva of the popular economy, or a beneficiary of unknown kind, is often a
     * person's home, published to 2 decimals (≈ 1.1 km) so that year and program cannot lead back to a household
     * (Ley 1581 de 2012). The stored coordinates are not changed; bbox filters use them.
     */
    static double publishedScale(co.presencia.intervention.CompanySize size) {
        return size != null && size != co.presencia.intervention.CompanySize.UNIDAD_PRODUCTIVA ? 1e4 : 1e2;
    }

    /**
     * The equality filters as a store filter, comparing the text form of each property as the in-memory collections
     * do; empty when a value cannot match any point (year {@code abc}, axis {@code quality} instead of its id).
     */
    static Optional<PointFilter> filter(Map<String, String> filters) {
        Integer year = null;
        String program = null;
        Axis axis = null;
        CompanySize size = null;
        DivipolaCode municipality = null;
        DepartmentCode department = null;
        Placement placement = null;
        for (Map.Entry<String, String> f : filters.entrySet()) {
            String value = f.getValue();
            switch (f.getKey()) {
                case "year" -> {
                    if (!YEAR.matcher(value).matches()) {
                        return Optional.empty();
                    }
                    year = Integer.parseInt(value);
                }
                case "program" -> program = value;
                case "axis" -> {
                    axis = Arrays.stream(Axis.values()).filter(a -> a.id().equals(value)).findFirst().orElse(null);
                    if (axis == null) {
                        return Optional.empty();
                    }
                }
                case "size" -> {
                    size = Arrays.stream(CompanySize.values()).filter(s -> s.id().equals(value)).findFirst().orElse(null);
                    if (size == null) {
                        return Optional.empty();
                    }
                }
                case "municipality_code" -> {
                    if (!MUNICIPALITY.matcher(value).matches() || value.startsWith("00")) {
                        return Optional.empty();
                    }
                    municipality = new DivipolaCode(value);
                }
                case "department_code" -> {
                    if (!DEPARTMENT.matcher(value).matches() || value.equals("00")) {
                        return Optional.empty();
                    }
                    department = new DepartmentCode(value);
                }
                case "placement" -> {
                    placement = Arrays.stream(Placement.values()).filter(pl -> pl.name().equals(value)).findFirst().orElse(null);
                    if (placement == null) {
                        return Optional.empty();
                    }
                }
                default -> throw new InvalidFeatureQueryException(f.getKey(), "query.queryable", f.getKey(), ID);
            }
        }
        return Optional.of(new PointFilter(null, null, null, null, year, program, axis, size, municipality, department, placement));
    }
}
