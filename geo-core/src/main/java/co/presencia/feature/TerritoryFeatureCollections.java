package co.presencia.feature;

import co.presencia.territory.DepartmentBoundary;
import co.presencia.territory.DepartmentCode;
import co.presencia.territory.DivipolaCode;
import co.presencia.territory.Municipality;
import co.presencia.territory.ReferenceCatalog;
import co.presencia.territory.TerritorialVintage;
import co.presencia.territory.Territory;
import co.presencia.territory.TerritoryGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * The reference territory as feature collections: {@code municipalities} (the 1,122 MGN 2018 units),
 * {@code departments} (33) and {@code pdet-subregions} (16, each the coverage union of its member
 * municipalities). Each accepts {@code year} (2005–2035): without it every MGN 2018 unit is served with the
 * population of the default year; with it only the units in force that year, with that year's population.
 *
 * <p>Features are built once per year asked and kept, so their encodings are computed once.
 */
public final class TerritoryFeatureCollections implements FeatureCollectionProvider {

    public static final String MUNICIPALITIES = "municipalities";
    public static final String DEPARTMENTS = "departments";
    public static final String PDET_SUBREGIONS = "pdet-subregions";
    public static final int FIRST_YEAR = 2005;
    public static final int LAST_YEAR = 2035;

    static final String ATTRIBUTION_MGN = "Fuente: DANE, Marco Geoestadístico Nacional 2018 (simplificado); "
            + "DANE, proyecciones de población municipal";

    private static final ParameterDefinition YEAR = new ParameterDefinition("year", PropertyType.INTEGER,
            "Año de referencia (2005–2035): solo las unidades vigentes ese año y su población proyectada. "
                    + "Reference year: only the units in force that year, with that year's projected population.",
            List.of());

    private final List<FeatureCollection> collections;

    public TerritoryFeatureCollections(ReferenceCatalog catalog, int defaultYear, String version) {
        Map<DivipolaCode, String> pdetSubregion = new HashMap<>();
        Map<String, String> subregionNames = new HashMap<>();
        catalog.group("pdet").ifPresent(g -> g.territories().forEach(t -> {
            subregionNames.put(t.id(), t.name());
            t.municipalities().forEach(c -> pdetSubregion.put(c, t.id()));
        }));
        Set<DivipolaCode> zomac = catalog.group("zomac").map(TerritoryGroup::municipalities).orElse(new TreeSet<>());
        Envelope extent = new Envelope();
        catalog.municipalities().forEach(m -> {
            if (m.geometry() != null) {
                extent.expandToInclude(m.geometry().getEnvelopeInternal());
            }
        });
        Map<String, MultiPolygon> subregionGeometry = new LinkedHashMap<>();
        catalog.group("pdet").ifPresent(g -> g.territories().forEach(t -> subregionGeometry.put(t.id(), union(catalog, t))));

        this.collections = List.of(
                new YearCollection(municipalitiesMetadata(extent), defaultYear, version,
                        year -> municipalities(catalog, year, defaultYear, pdetSubregion, subregionNames, zomac)),
                new YearCollection(departmentsMetadata(extent), defaultYear, version,
                        year -> departments(catalog, year, defaultYear)),
                new YearCollection(pdetMetadata(subregionGeometry), defaultYear, version,
                        year -> subregions(catalog, year, defaultYear, subregionGeometry)));
    }

    @Override
    public List<FeatureCollection> collections() {
        return collections;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Metadata.

    static CollectionMetadata municipalitiesMetadata(Envelope extent) {
        return new CollectionMetadata(MUNICIPALITIES, "Municipios de Colombia (MGN 2018) / Municipalities",
                "Las 1.122 unidades del Marco Geoestadístico Nacional 2018 del DANE: municipios, áreas no municipalizadas "
                        + "e isla (San Andrés), con código DIVIPOLA, departamento, población proyectada, área, PDET, ZOMAC "
                        + "y categoría de ruralidad del DNP. Con year=AAAA, solo las vigentes ese año (1.121 desde 2020). "
                        + "The 1,122 units of DANE's MGN 2018.",
                GeometryKind.MULTI_POLYGON, extent, List.of(
                        PropertyDefinition.queryable("code", PropertyType.STRING, "Código DIVIPOLA (5 dígitos)", "cod_mpio"),
                        PropertyDefinition.queryable("name", PropertyType.STRING, "Nombre (DANE)", "nombre"),
                        PropertyDefinition.queryable("department_code", PropertyType.STRING, "Código del departamento", "cod_dpto"),
                        PropertyDefinition.queryable("department_name", PropertyType.STRING, "Departamento", "nom_dpto"),
                        PropertyDefinition.queryable("type", PropertyType.STRING,
                                "Tipo: MUNICIPIO, AREA_NO_MUNICIPALIZADA o ISLA", "tipo"),
                        PropertyDefinition.of("type_label", PropertyType.STRING, "Tipo (etiqueta DANE)", "tipo_nom"),
                        PropertyDefinition.of("population", PropertyType.INTEGER, "Población proyectada (DANE)", "poblacion"),
                        PropertyDefinition.of("population_year", PropertyType.INTEGER, "Año de la población", "pob_anio"),
                        PropertyDefinition.of("area_km2", PropertyType.NUMBER, "Área en km² (EPSG:9377)", "area_km2"),
                        PropertyDefinition.of("density_km2", PropertyType.NUMBER, "Densidad de población (hab./km²)", "dens_km2"),
                        PropertyDefinition.queryable("pdet", PropertyType.BOOLEAN, "Municipio PDET", "pdet"),
                        PropertyDefinition.queryable("pdet_subregion", PropertyType.STRING, "Subregión PDET (id)", "subr_pdet"),
                        PropertyDefinition.queryable("zomac", PropertyType.BOOLEAN, "Municipio ZOMAC", "zomac"),
                        PropertyDefinition.queryable("rurality", PropertyType.STRING, "Categoría de ruralidad (DNP 2014)", "ruralidad")),
                List.of(YEAR), ATTRIBUTION_MGN);
    }

    static CollectionMetadata departmentsMetadata(Envelope extent) {
        return new CollectionMetadata(DEPARTMENTS, "Departamentos de Colombia (MGN 2018) / Departments",
                "Los 32 departamentos y Bogotá D.C. (33 unidades) del Marco Geoestadístico Nacional 2018, con población "
                        + "proyectada (suma de sus municipios vigentes) y área. The 33 first-level units.",
                GeometryKind.MULTI_POLYGON, extent, List.of(
                        PropertyDefinition.queryable("code", PropertyType.STRING, "Código del departamento (2 dígitos)", "cod_dpto"),
                        PropertyDefinition.queryable("name", PropertyType.STRING, "Nombre", "nombre"),
                        PropertyDefinition.of("municipalities", PropertyType.INTEGER, "Municipios y áreas vigentes", "municipios"),
                        PropertyDefinition.of("population", PropertyType.INTEGER, "Población proyectada (DANE)", "poblacion"),
                        PropertyDefinition.of("population_year", PropertyType.INTEGER, "Año de la población", "pob_anio"),
                        PropertyDefinition.of("area_km2", PropertyType.NUMBER, "Área en km² (EPSG:9377)", "area_km2"),
                        PropertyDefinition.of("density_km2", PropertyType.NUMBER, "Densidad de población (hab./km²)", "dens_km2")),
                List.of(YEAR), ATTRIBUTION_MGN);
    }

    static CollectionMetadata pdetMetadata(Map<String, MultiPolygon> geometries) {
        Envelope extent = new Envelope();
        geometries.values().forEach(g -> extent.expandToInclude(g.getEnvelopeInternal()));
        return new CollectionMetadata(PDET_SUBREGIONS, "Subregiones PDET / PDET subregions",
                "Las 16 subregiones de los Programas de Desarrollo con Enfoque Territorial (Decreto Ley 893 de 2017), "
                        + "170 municipios; la geometría es la unión de sus municipios (MGN 2018). "
                        + "The 16 PDET subregions; geometry is the union of their member municipalities.",
                GeometryKind.MULTI_POLYGON, extent, List.of(
                        PropertyDefinition.queryable("id", PropertyType.STRING, "Identificador de la subregión", "id"),
                        PropertyDefinition.queryable("name", PropertyType.STRING, "Nombre", "nombre"),
                        PropertyDefinition.of("municipalities", PropertyType.INTEGER, "Municipios", "municipios"),
                        PropertyDefinition.of("department_codes", PropertyType.STRING, "Departamentos (códigos)", "cod_dptos"),
                        PropertyDefinition.of("population", PropertyType.INTEGER, "Población proyectada (DANE)", "poblacion"),
                        PropertyDefinition.of("population_year", PropertyType.INTEGER, "Año de la población", "pob_anio"),
                        PropertyDefinition.of("area_km2", PropertyType.NUMBER, "Área en km² (EPSG:9377)", "area_km2"),
                        PropertyDefinition.of("density_km2", PropertyType.NUMBER, "Densidad de población (hab./km²)", "dens_km2")),
                List.of(YEAR), ATTRIBUTION_MGN + "; ART, municipios PDET");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Features.

    private static List<Feature> municipalities(ReferenceCatalog catalog, Integer year, int defaultYear,
                                                Map<DivipolaCode, String> pdetSubregion, Map<String, String> names,
                                                Set<DivipolaCode> zomac) {
        int populationYear = year == null ? defaultYear : year;
        // A unit no longer in force hands its territory to its successor (94663 Mapiripana → 94343 Barrancominas).
        Map<DivipolaCode, List<Municipality>> absorbed = new HashMap<>();
        if (year != null) {
            TerritorialVintage vintage = catalog.vintage(year);
            for (Municipality m : catalog.municipalities()) {
                if (!m.inForce(year)) {
                    vintage.resolve(m.code()).ifPresent(successor -> absorbed.computeIfAbsent(successor, k -> new ArrayList<>()).add(m));
                }
            }
        }
        List<Feature> features = new ArrayList<>();
        for (Municipality unit : catalog.municipalities()) {
            if (year != null && !unit.inForce(year)) {
                continue;
            }
            Municipality m = absorbed.containsKey(unit.code()) ? withTerritoryOf(unit, absorbed.get(unit.code())) : unit;
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("code", m.code().value());
            p.put("name", m.name());
            p.put("department_code", m.department().code().value());
            p.put("department_name", m.department().name());
            p.put("type", m.type().name());
            p.put("type_label", m.type().label());
            Long population = m.populationIn(populationYear).orElse(null);
            p.put("population", population);
            p.put("population_year", populationYear);
            p.put("area_km2", round(m.areaKm2(), 2));
            p.put("density_km2", population == null || m.areaKm2() <= 0 ? null : round(population / m.areaKm2(), 2));
            String subregion = pdetSubregion.get(m.code());
            p.put("pdet", subregion != null);
            p.put("pdet_subregion", subregion);
            p.put("zomac", zomac.contains(m.code()));
            p.put("rurality", m.rurality() == null ? null : m.rurality().label());
            features.add(new Feature(m.code().value(), p, m.geometry()));
        }
        return features;
    }

    private static List<Feature> departments(ReferenceCatalog catalog, Integer year, int defaultYear) {
        int populationYear = year == null ? defaultYear : year;
        Map<DepartmentCode, List<Municipality>> members = catalog.municipalities().stream()
                .filter(m -> year == null || m.inForce(year))
                .collect(Collectors.groupingBy(m -> m.department().code()));
        List<Feature> features = new ArrayList<>();
        for (DepartmentBoundary d : catalog.departments()) {
            List<Municipality> units = members.getOrDefault(d.department().code(), List.of());
            long population = units.stream().mapToLong(m -> m.populationIn(populationYear).orElse(0L)).sum();
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("code", d.department().code().value());
            p.put("name", d.department().name());
            p.put("municipalities", units.size());
            p.put("population", population);
            p.put("population_year", populationYear);
            p.put("area_km2", round(d.areaKm2(), 2));
            p.put("density_km2", d.areaKm2() <= 0 ? null : round(population / d.areaKm2(), 2));
            features.add(new Feature(d.department().code().value(), p, d.geometry()));
        }
        return features;
    }

    private static List<Feature> subregions(ReferenceCatalog catalog, Integer year, int defaultYear,
                                            Map<String, MultiPolygon> geometries) {
        int populationYear = year == null ? defaultYear : year;
        List<Feature> features = new ArrayList<>();
        TerritoryGroup pdet = catalog.group("pdet").orElse(null);
        if (pdet == null) {
            return features;
        }
        for (Territory t : pdet.territories()) {
            List<Municipality> units = t.municipalities().stream().map(catalog::municipality).flatMap(Optional::stream)
                    .filter(m -> year == null || m.inForce(year)).toList();
            long population = units.stream().mapToLong(m -> m.populationIn(populationYear).orElse(0L)).sum();
            double area = units.stream().mapToDouble(Municipality::areaKm2).sum();
            SortedSet<String> departments = new TreeSet<>();
            units.forEach(m -> departments.add(m.department().code().value()));
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", t.id());
            p.put("name", t.name());
            p.put("municipalities", units.size());
            p.put("department_codes", String.join(",", departments));
            p.put("population", population);
            p.put("population_year", populationYear);
            p.put("area_km2", round(area, 2));
            p.put("density_km2", area <= 0 ? null : round(population / area, 2));
            features.add(new Feature(t.id(), p, geometries.get(t.id())));
        }
        return features;
    }

    /** {@code unit} with the territory (geometry and area) of the units it absorbed. */
    static Municipality withTerritoryOf(Municipality unit, List<Municipality> absorbed) {
        List<Geometry> parts = new ArrayList<>();
        parts.add(unit.geometry());
        double area = unit.areaKm2();
        for (Municipality m : absorbed) {
            if (m.geometry() != null) {
                parts.add(m.geometry());
            }
            area += m.areaKm2();
        }
        return unit.withGeometry(multiPolygon(CoverageUnion.union(parts.toArray(Geometry[]::new)), unit.code().value()), area);
    }

    /** The member municipalities dissolved with JTS's coverage union (exact on a clean coverage, shared borders vanish). */
    static MultiPolygon union(ReferenceCatalog catalog, Territory territory) {
        Geometry[] parts = territory.municipalities().stream().map(catalog::municipality).flatMap(Optional::stream)
                .map(Municipality::geometry).filter(g -> g != null).toArray(Geometry[]::new);
        return multiPolygon(CoverageUnion.union(parts), territory.id());
    }

    private static MultiPolygon multiPolygon(Geometry union, String what) {
        MultiPolygon result;
        if (union instanceof MultiPolygon mp) {
            result = mp;
        } else if (union instanceof Polygon p) {
            result = p.getFactory().createMultiPolygon(new Polygon[] {p});
        } else {
            throw new IllegalStateException("Union for " + what + " is a " + union.getGeometryType());
        }
        result.setSRID(4326);
        return result;
    }

    static Double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    /** A collection whose features depend on the {@code year} parameter; each year's features are built once. */
    private static final class YearCollection implements FeatureCollection {
        private static final Integer NO_YEAR = Integer.MIN_VALUE;
        private final CollectionMetadata metadata;
        private final String version;
        private final IntFunction<List<Feature>> builder;
        private final Map<Integer, InMemoryFeatureCollection> byYear = new ConcurrentHashMap<>();

        YearCollection(CollectionMetadata metadata, int defaultYear, String version,
                       java.util.function.Function<Integer, List<Feature>> builder) {
            this.metadata = metadata;
            this.version = version;
            this.builder = y -> builder.apply(y == NO_YEAR ? null : y);
            variant(NO_YEAR);
        }

        private InMemoryFeatureCollection variant(int year) {
            return byYear.computeIfAbsent(year, y -> new InMemoryFeatureCollection(metadata, builder.apply(y), version));
        }

        private InMemoryFeatureCollection variant(Map<String, String> parameters) {
            String text = parameters.get("year");
            if (text == null) {
                return variant(NO_YEAR);
            }
            int year;
            try {
                year = Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                throw new InvalidFeatureQueryException("year", "year.invalid", text);
            }
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                throw new InvalidFeatureQueryException("year", "query.year.projections", year, FIRST_YEAR, LAST_YEAR);
            }
            return variant(year);
        }

        @Override
        public CollectionMetadata metadata() {
            return metadata;
        }

        @Override
        public FeaturePage items(FeatureQuery query) {
            return variant(query.parameters()).items(query);
        }

        @Override
        public Optional<Feature> item(String id, Map<String, String> parameters) {
            return variant(parameters).item(id, parameters);
        }

        @Override
        public Optional<String> version() {
            return Optional.ofNullable(version);
        }
    }
}
