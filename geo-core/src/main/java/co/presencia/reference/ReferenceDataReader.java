package co.presencia.reference;

import co.presencia.boundary.BoundaryLoader.BoundarySet;
import co.presencia.boundary.BoundaryLoader;
import co.presencia.boundary.MunicipalBoundary;
import co.presencia.territory.Department;
import co.presencia.territory.DepartmentBoundary;
import co.presencia.territory.DepartmentCode;
import co.presencia.territory.DivipolaCode;
import co.presencia.territory.GroupKind;
import co.presencia.territory.GroupSettings;
import co.presencia.territory.Municipality;
import co.presencia.territory.MunicipalityType;
import co.presencia.territory.OfficialName;
import co.presencia.territory.PlaceNames;
import co.presencia.territory.PopulationSeries;
import co.presencia.territory.ReferenceCatalog;
import co.presencia.territory.ReferenceFiles;
import co.presencia.territory.RuralityCategory;
import co.presencia.territory.Territory;
import co.presencia.territory.TerritoryGroup;
import co.presencia.territory.UserGroupCsv;
import co.presencia.text.Csv;
import co.presencia.text.NameKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the {@link ReferenceCatalog} from the MGN boundaries and the DANE/DNP/ART tables: official names and seats
 * from DIVIPOLA (March 2024), attributes from {@code municipios_master.csv}, population from DANE's projections,
 * Sistema de Ciudades from DNP's rurality table, PDET subregions and ZOMAC from ART/ProColombia (via the master
 * table), and user-defined groups from CSV files.
 *
 * <p>Every unit is displayed with its DIVIPOLA name ({@link OfficialName}); the names the other tables give it are
 * recorded in {@link PlaceNames} for matching. A DIVIPOLA unit that no loaded MGN draws (27493 Nuevo Belén de Bajirá,
 * created December 2023) is kept without geometry, in force from the year {@code successions.csv} gives, its
 * territory still counted in the unit it was segregated from (27615 Riosucio) before that and in every area and map.
 */
public final class ReferenceDataReader {

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceDataReader.class);
    private static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4326);

    private ReferenceDataReader() {
    }

    public static ReferenceCatalog read(ReferenceFiles files, GroupSettings settings) {
        files.requirePresent();
        BoundarySet boundaries = BoundaryLoader.load(files.municipalBoundaries(), files.municipalLayer(),
                files.departmentBoundaries(), files.departmentLayer());
        return assemble(files, boundaries, settings);
    }

    static ReferenceCatalog assemble(ReferenceFiles files, BoundarySet boundaries, GroupSettings settings) {
        Map<DivipolaCode, CSVRecord> master = indexByCode(files.master(), "cod_mpio");
        Map<DivipolaCode, CSVRecord> population = indexByCode(files.population(), "cod_mpio");
        Map<DivipolaCode, CSVRecord> rurality = indexByCode(files.rurality(), "cod_mpio");
        Map<DivipolaCode, Succession> successions = successions();
        SortedMap<DivipolaCode, DivipolaTable.Unit> divipola = DivipolaTable.read(files.divipola());
        NameBook names = new NameBook();
        Map<DepartmentCode, Department> departments = departments(population, divipola, boundaries, names);

        List<Municipality> municipalities = new ArrayList<>();
        Set<DivipolaCode> drawn = new HashSet<>();
        for (MunicipalBoundary boundary : boundaries.municipalities()) {
            DivipolaCode code = boundary.code();
            drawn.add(code);
            CSVRecord attributes = master.get(code);
            CSVRecord people = population.get(code);
            CSVRecord rural = rurality.get(code);
            Department department = departments.computeIfAbsent(boundary.departmentCode(),
                    c -> new Department(c, Objects.requireNonNullElse(boundary.departmentName(), c.value())));
            String mgn2018 = attributes == null ? null : attributes.get("municipio_mgn2018");
            String name = names.municipality(code, divipola.get(code), people == null ? null : people.get("nom_mpio_2025"),
                    mgn2018, boundary.mgnName());
            Succession succession = successions.get(code);
            RuralityCategory category = attributes == null ? null
                    : RuralityCategory.fromLabel(attributes.get("categoria_ruralidad_dnp2014"));
            String agglomeration = rural == null ? null : agglomerationOf(rural.get("aglomeracion_sistema_ciudades"));
            municipalities.add(new Municipality(code, name, department, typeOf(attributes, succession, code),
                    boundary.areaKm2(), category, agglomeration, populationOf(people),
                    succession == null ? Municipality.Lifespan.ALWAYS : succession.lifespan(), boundary.geometry(),
                    seatOf(divipola.get(code))));
        }
        for (DivipolaTable.Unit unit : divipola.values()) {
            if (!drawn.contains(unit.code())) {
                withoutBoundary(unit, master.get(unit.code()), successions.get(unit.code()), departments, names)
                        .ifPresent(municipalities::add);
            }
        }

        List<DepartmentBoundary> departmentBoundaries = boundaries.departments().stream()
                .map(d -> new DepartmentBoundary(departments.computeIfAbsent(d.code(), c -> new Department(c, d.name())),
                        d.geometry(), d.areaKm2()))
                .toList();
        return new ReferenceCatalog(municipalities, departmentBoundaries, groups(master, municipalities, departments, settings),
                boundaries.report(), names.build());
    }

    private static List<TerritoryGroup> groups(Map<DivipolaCode, CSVRecord> master, List<Municipality> municipalities,
                                               Map<DepartmentCode, Department> departments, GroupSettings settings) {
        List<TerritoryGroup> groups = new ArrayList<>();
        groups.add(departmentsGroup(municipalities, departments));
        groups.add(pdetGroup(master));
        groups.add(flagGroup("zomac", "ZOMAC", GroupKind.ZOMAC,
                "Decreto 1650 de 2017 (tabla ProColombia/MinCIT, 344 municipios)",
                "zomac", "Zonas más afectadas por el conflicto armado",
                master.entrySet().stream().filter(e -> "1".equals(e.getValue().get("zomac"))).map(Map.Entry::getKey)));
        groups.add(ruralityGroup(municipalities));
        groups.add(citySystemGroup(municipalities));
        groups.add(populationBandGroup(municipalities, settings));
        if (settings.userGroupsDir() != null && Files.isDirectory(settings.userGroupsDir())) {
            groups.addAll(UserGroupCsv.readAll(settings.userGroupsDir(), municipalities));
        }
        return groups;
    }

    /**
     * The departments, named as DIVIPOLA writes them (capitalised as the projections do), with every other name they
     * are known by recorded for matching.
     */
    private static Map<DepartmentCode, Department> departments(Map<DivipolaCode, CSVRecord> population,
                                                               SortedMap<DivipolaCode, DivipolaTable.Unit> divipola,
                                                               BoundarySet boundaries, NameBook names) {
        Map<DepartmentCode, String> official = DivipolaTable.departmentNames(divipola);
        Map<DepartmentCode, Department> departments = new TreeMap<>();
        for (CSVRecord row : population.values()) {
            DepartmentCode code = DepartmentCode.parse(row.get("cod_dpto"));
            departments.computeIfAbsent(code, c -> new Department(c, names.department(c, official.get(c), row.get("nom_dpto_2025"))));
        }
        boundaries.municipalities().forEach(b -> names.addDepartment(b.departmentCode(), b.departmentName()));
        boundaries.departments().forEach(d -> names.addDepartment(d.code(), d.name()));
        return departments;
    }

    /**
     * A unit DIVIPOLA lists but no loaded MGN draws (27493 Nuevo Belén de Bajirá): kept without geometry when
     * {@code successions.csv} says from which year it is in force and which unit holds its territory before; else
     * left out with a warning.
     */
    private static Optional<Municipality> withoutBoundary(DivipolaTable.Unit unit, CSVRecord attributes, Succession succession,
                                                          Map<DepartmentCode, Department> departments, NameBook names) {
        Department department = departments.get(new DepartmentCode(unit.code().departmentCode()));
        if (succession == null || department == null) {
            LOG.warn("DIVIPOLA unit {} ({}) has no MGN geometry and no entry in successions.csv; left out", unit.code(), unit.name());
            return Optional.empty();
        }
        LOG.info("DIVIPOLA unit {} ({}) has no MGN geometry yet: kept without boundary, in force from {}, its territory "
                + "counted in {} before", unit.code(), unit.name(), succession.firstYear(), succession.successor());
        String name = names.municipality(unit.code(), unit, null, null, null);
        return Optional.of(new Municipality(unit.code(), name, department, typeOf(attributes, succession, unit.code()), 0.0,
                attributes == null ? null : RuralityCategory.fromLabel(attributes.get("categoria_ruralidad_dnp2014")),
                null, PopulationSeries.EMPTY, succession.lifespan(), null, seatOf(unit)));
    }

    private static Point seatOf(DivipolaTable.Unit unit) {
        if (unit == null || Double.isNaN(unit.longitude()) || Double.isNaN(unit.latitude())) {
            return null;
        }
        Point point = GEOMETRY.createPoint(new Coordinate(unit.longitude(), unit.latitude()));
        point.setSRID(4326);
        return point;
    }

    private static MunicipalityType typeOf(CSVRecord attributes, Succession succession, DivipolaCode code) {
        if (attributes != null) {
            for (String column : List.of("tipo_divipola2024", "tipo_mgn2023")) {
                String value = attributes.get(column);
                if (value != null && !value.isBlank()) {
                    return MunicipalityType.fromLabel(value);
                }
            }
        }
        if (succession != null) {
            return MunicipalityType.fromLabel(succession.type());
        }
        LOG.warn("No DIVIPOLA type for {}; taken as municipio", code);
        return MunicipalityType.MUNICIPIO;
    }

    private static String agglomerationOf(String value) {
        if (value == null || value.isBlank() || NameKey.of(value).equals("fuera sc")) {
            return null;
        }
        return value.strip();
    }

    private static PopulationSeries populationOf(CSVRecord row) {
        if (row == null) {
            return PopulationSeries.EMPTY;
        }
        Map<Integer, Long> byYear = new HashMap<>();
        for (Map.Entry<String, String> cell : row.toMap().entrySet()) {
            if (cell.getKey().startsWith("pob_") && cell.getValue() != null && !cell.getValue().isBlank()) {
                byYear.put(Integer.parseInt(cell.getKey().substring(4)), Math.round(Double.parseDouble(cell.getValue())));
            }
        }
        return new PopulationSeries(byYear);
    }

    private static TerritoryGroup departmentsGroup(List<Municipality> municipalities, Map<DepartmentCode, Department> departments) {
        Map<DepartmentCode, SortedSet<DivipolaCode>> members = new TreeMap<>();
        municipalities.forEach(m -> members.computeIfAbsent(m.department().code(), k -> new TreeSet<>()).add(m.code()));
        List<Territory> territories = members.entrySet().stream()
                .map(e -> new Territory(e.getKey().value(), departments.get(e.getKey()).name(), e.getValue()))
                .toList();
        return new TerritoryGroup("departments", "Departamentos", GroupKind.DEPARTMENTS, "DANE DIVIPOLA / MGN", territories);
    }

    private static TerritoryGroup pdetGroup(Map<DivipolaCode, CSVRecord> master) {
        Map<String, String[]> subregions = new HashMap<>();
        List<String[]> ordered = new ArrayList<>();
        for (CSVRecord row : Csv.readResource(ReferenceDataReader.class, "pdet_subregions.csv")) {
            String[] entry = {row.get("id"), row.get("official"), row.get("display")};
            subregions.put(NameKey.of(row.get("official")), entry);
            ordered.add(entry);
        }
        Map<String, SortedSet<DivipolaCode>> members = new HashMap<>();
        master.forEach((code, row) -> {
            String subregion = row.get("subregion_pdet");
            if ("True".equalsIgnoreCase(row.get("pdet")) && subregion != null && !subregion.isBlank()) {
                String[] entry = subregions.get(NameKey.of(subregion));
                if (entry == null) {
                    throw new IllegalStateException("Unknown PDET subregion '" + subregion + "' for " + code);
                }
                members.computeIfAbsent(entry[0], k -> new TreeSet<>()).add(code);
            }
        });
        List<Territory> territories = ordered.stream()
                .map(e -> new Territory(e[0], e[2], members.getOrDefault(e[0], new TreeSet<>())))
                .toList();
        return new TerritoryGroup("pdet", "PDET (16 subregiones)", GroupKind.PDET,
                "Decreto Ley 893 de 2017; ART, datos.gov.co idrk-ba8y", territories);
    }

    private static TerritoryGroup flagGroup(String id, String name, GroupKind kind, String source, String territoryId,
                                            String territoryName, Stream<DivipolaCode> codes) {
        SortedSet<DivipolaCode> members = new TreeSet<>();
        codes.forEach(members::add);
        return new TerritoryGroup(id, name, kind, source, List.of(new Territory(territoryId, territoryName, members)));
    }

    private static TerritoryGroup ruralityGroup(List<Municipality> municipalities) {
        List<Territory> territories = new ArrayList<>();
        for (RuralityCategory category : RuralityCategory.values()) {
            SortedSet<DivipolaCode> members = new TreeSet<>();
            municipalities.stream().filter(m -> m.rurality() == category).forEach(m -> members.add(m.code()));
            territories.add(new Territory(category.id(), category.label(), members));
        }
        return new TerritoryGroup("ruralidad", "Categorías de ruralidad (DNP 2014)", GroupKind.RURALITY,
                "DNP, Misión para la Transformación del Campo, 2014", territories);
    }

    private static TerritoryGroup citySystemGroup(List<Municipality> municipalities) {
        Map<String, SortedSet<DivipolaCode>> members = new TreeMap<>();
        municipalities.stream().filter(m -> m.cityAgglomeration() != null)
                .forEach(m -> members.computeIfAbsent(m.cityAgglomeration(), k -> new TreeSet<>()).add(m.code()));
        List<Territory> territories = members.entrySet().stream()
                .map(e -> new Territory(TerritoryGroup.slug(e.getKey()), e.getKey(), e.getValue()))
                .toList();
        return new TerritoryGroup("sistema-ciudades", "Sistema de Ciudades (DNP 2014)", GroupKind.CITY_SYSTEM,
                "DNP, Sistema de Ciudades 2014 (campo Aglomeraci de la tabla de ruralidad)", territories);
    }

    private static TerritoryGroup populationBandGroup(List<Municipality> municipalities, GroupSettings settings) {
        SortedSet<DivipolaCode> members = new TreeSet<>();
        for (Municipality m : municipalities) {
            if (m.inForce(settings.populationYear())
                    && m.populationIn(settings.populationYear()).map(p -> p < settings.populationThreshold()).orElse(false)) {
                members.add(m.code());
            }
        }
        String threshold = String.format(Locale.ROOT, "%,d", settings.populationThreshold()).replace(',', '.');
        return new TerritoryGroup("poblacion-menor-200k".replace("200k", settings.populationThreshold() / 1000 + "k"),
                "Municipios con menos de " + threshold + " habitantes", GroupKind.POPULATION_BAND,
                "DANE, proyecciones de población municipal " + settings.populationYear(),
                List.of(new Territory("menos-de-" + settings.populationThreshold(),
                        "Menos de " + threshold + " habitantes (" + settings.populationYear() + ")", members)));
    }

    private static Map<DivipolaCode, CSVRecord> indexByCode(Path file, String column) {
        Map<DivipolaCode, CSVRecord> rows = new TreeMap<>();
        for (CSVRecord row : Csv.read(file)) {
            rows.put(DivipolaCode.parse(row.get(column)), row);
        }
        return rows;
    }

    /** A row of {@code successions.csv}: a unit's type, its years in force, and the unit holding its territory otherwise. */
    private record Succession(String type, Integer firstYear, Integer lastYear, DivipolaCode successor) {
        Municipality.Lifespan lifespan() {
            return new Municipality.Lifespan(firstYear, lastYear, successor);
        }
    }

    private static Map<DivipolaCode, Succession> successions() {
        Map<DivipolaCode, Succession> result = new HashMap<>();
        for (CSVRecord row : Csv.readResource(ReferenceDataReader.class, "successions.csv")) {
            result.put(DivipolaCode.parse(row.get("code")), new Succession(row.get("type"), year(row.get("first_year")),
                    year(row.get("last_year")), DivipolaCode.parse(row.get("successor"))));
        }
        return result;
    }

    private static Integer year(String text) {
        return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
    }
}
