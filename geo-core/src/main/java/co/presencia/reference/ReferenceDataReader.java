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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the {@link ReferenceCatalog} from the MGN boundaries and the DANE/DNP/ART tables: attributes from
 * {@code municipios_master.csv}, population from DANE's projections, Sistema de Ciudades from DNP's rurality table,
 * PDET subregions and ZOMAC from ART/ProColombia (via the master table), and user-defined groups from CSV files.
 *
 * <p>Only units with an MGN geometry become municipalities; a DIVIPOLA unit without geometry (27493 Nuevo Belén de
 * Bajirá, created December 2023) is logged and left out until an MGN includes it.
 */
public final class ReferenceDataReader {

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceDataReader.class);

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
        Map<DivipolaCode, String[]> successions = successions();

        Map<DepartmentCode, Department> departments = new TreeMap<>();
        for (CSVRecord row : population.values()) {
            DepartmentCode code = DepartmentCode.parse(row.get("cod_dpto"));
            departments.putIfAbsent(code, new Department(code, row.get("nom_dpto_2025")));
        }

        List<Municipality> municipalities = new ArrayList<>();
        for (MunicipalBoundary boundary : boundaries.municipalities()) {
            DivipolaCode code = boundary.code();
            CSVRecord attributes = master.get(code);
            CSVRecord people = population.get(code);
            CSVRecord rural = rurality.get(code);
            Department department = departments.computeIfAbsent(boundary.departmentCode(),
                    c -> new Department(c, Objects.requireNonNullElse(boundary.departmentName(), c.value())));
            String name = people != null ? people.get("nom_mpio_2025")
                    : attributes != null ? attributes.get("municipio_mgn2018") : boundary.mgnName();
            String[] succession = successions.get(code);
            MunicipalityType type = typeOf(attributes, succession, code);
            Municipality.Lifespan lifespan = succession == null ? Municipality.Lifespan.ALWAYS
                    : new Municipality.Lifespan(null, Integer.parseInt(succession[1]), DivipolaCode.parse(succession[2]));
            RuralityCategory category = attributes == null ? null
                    : RuralityCategory.fromLabel(attributes.get("categoria_ruralidad_dnp2014"));
            String agglomeration = rural == null ? null : agglomerationOf(rural.get("aglomeracion_sistema_ciudades"));
            municipalities.add(new Municipality(code, name, department, type, boundary.areaKm2(), category, agglomeration,
                    populationOf(people), lifespan, boundary.geometry()));
        }
        for (DivipolaCode code : master.keySet()) {
            if (municipalities.stream().noneMatch(m -> m.code().equals(code))) {
                LOG.warn("DIVIPOLA unit {} ({}) has no MGN geometry in this vintage; left out", code,
                        master.get(code).get("municipio_divipola2024"));
            }
        }

        List<DepartmentBoundary> departmentBoundaries = boundaries.departments().stream()
                .map(d -> new DepartmentBoundary(departments.computeIfAbsent(d.code(), c -> new Department(c, d.name())),
                        d.geometry(), d.areaKm2()))
                .toList();

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
        return new ReferenceCatalog(municipalities, departmentBoundaries, groups, boundaries.report());
    }

    private static MunicipalityType typeOf(CSVRecord attributes, String[] succession, DivipolaCode code) {
        if (attributes != null) {
            for (String column : List.of("tipo_divipola2024", "tipo_mgn2023")) {
                String value = attributes.get(column);
                if (value != null && !value.isBlank()) {
                    return MunicipalityType.fromLabel(value);
                }
            }
        }
        if (succession != null) {
            return MunicipalityType.fromLabel(succession[0]);
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

    private static Map<DivipolaCode, String[]> successions() {
        Map<DivipolaCode, String[]> result = new HashMap<>();
        for (CSVRecord row : Csv.readResource(ReferenceDataReader.class, "successions.csv")) {
            result.put(DivipolaCode.parse(row.get("code")), new String[] {row.get("type"), row.get("last_year"), row.get("successor")});
        }
        return result;
    }
}
