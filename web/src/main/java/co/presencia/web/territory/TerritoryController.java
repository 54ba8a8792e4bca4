package co.presencia.web.territory;

import co.presencia.application.Presencia;
import co.presencia.application.ReferenceTerritory;
import co.presencia.error.InvalidParameterException;
import co.presencia.error.NotFoundException;
import co.presencia.spatial.GeoJson;
import co.presencia.territory.DepartmentCode;
import co.presencia.territory.DivipolaCode;
import co.presencia.territory.LoadReport;
import co.presencia.territory.Municipality;
import co.presencia.territory.ReferenceCatalog;
import co.presencia.territory.ReportingYear;
import co.presencia.territory.TerritorialVintage;
import co.presencia.territory.Territory;
import co.presencia.territory.TerritoryGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.util.RawValue;

/** Read API for the reference territory: departments, municipalities, territory groups, the boundary load report. */
@RestController
@RequestMapping("/api/v1")
public class TerritoryController {

    private final ReferenceTerritory reference;
    private final int defaultYear;

    public TerritoryController(Presencia presencia) {
        this.reference = presencia.territory();
        this.defaultYear = presencia.settings().defaultYear();
    }

    @GetMapping("/departments")
    public Listing<DepartmentView> departments(@RequestParam(required = false) Integer year) {
        int reportingYear = year(year);
        ReferenceCatalog catalog = reference.catalog();
        TerritorialVintage vintage = catalog.vintage(reportingYear);
        List<DepartmentView> items = catalog.departments().stream().map(d -> {
            List<Municipality> members = catalog.municipalities().stream()
                    .filter(m -> m.department().code().equals(d.department().code()) && vintage.contains(m.code())).toList();
            long population = members.stream().mapToLong(m -> m.populationIn(reportingYear).orElse(0L)).sum();
            return new DepartmentView(d.department().code().value(), d.department().name(), members.size(), population,
                    round(d.areaKm2()));
        }).toList();
        return new Listing<>(reportingYear, null, items.size(), items);
    }

    @GetMapping("/departments/{code}")
    public DepartmentView department(@PathVariable String code, @RequestParam(required = false) Integer year) {
        DepartmentCode departmentCode = DepartmentCode.parse(code);
        reference.department(departmentCode);
        return departments(year).items().stream().filter(d -> d.code().equals(departmentCode.value())).findFirst().orElseThrow();
    }

    @GetMapping("/municipalities")
    public Listing<MunicipalitySummary> municipalities(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) String group,
            @RequestParam(required = false) String territory) {
        int reportingYear = year(year);
        ReferenceCatalog catalog = reference.catalog();
        TerritorialVintage vintage = catalog.vintage(reportingYear);
        Predicate<Municipality> filter = m -> vintage.contains(m.code());
        if (department != null && !department.isBlank()) {
            DepartmentCode code = DepartmentCode.parse(department);
            reference.department(code);
            filter = filter.and(m -> m.department().code().equals(code));
        }
        if (group != null && !group.isBlank()) {
            TerritoryGroup territoryGroup = reference.group(group);
            Set<DivipolaCode> members;
            if (territory != null && !territory.isBlank()) {
                members = territoryGroup.territory(territory)
                        .orElseThrow(() -> new NotFoundException("group.territory.unknown", territoryGroup.id(), territory))
                        .municipalities();
            } else {
                members = territoryGroup.municipalities();
            }
            filter = filter.and(m -> members.contains(m.code()));
        } else if (territory != null && !territory.isBlank()) {
            throw new InvalidParameterException("territory", "territory.needsGroup");
        }
        List<MunicipalitySummary> items = catalog.municipalities().stream().filter(filter)
                .map(m -> MunicipalitySummary.of(m, reportingYear)).toList();
        return new Listing<>(reportingYear, new Denominator(vintage.size(), vintage.describe()), items.size(), items);
    }

    @GetMapping("/municipalities/{code}")
    public Map<String, Object> municipality(@PathVariable String code,
                                            @RequestParam(defaultValue = "false") boolean geometry) {
        DivipolaCode divipola = DivipolaCode.parse(code);
        ReferenceCatalog catalog = reference.catalog();
        Municipality m = reference.municipality(divipola);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", m.code().value());
        body.put("name", m.name());
        body.put("department", Map.of("code", m.department().code().value(), "name", m.department().name()));
        body.put("type", m.type().name());
        body.put("typeLabel", m.type().label());
        body.put("areaKm2", round(m.areaKm2()));
        body.put("rurality", m.rurality() == null ? null : m.rurality().label());
        body.put("cityAgglomeration", m.cityAgglomeration());
        Map<String, Object> lifespan = new LinkedHashMap<>();
        lifespan.put("firstYear", m.lifespan().firstYear());
        lifespan.put("lastYear", m.lifespan().lastYear());
        lifespan.put("successor", m.lifespan().successor() == null ? null : m.lifespan().successor().value());
        body.put("inForce", lifespan);
        Map<String, Long> population = new LinkedHashMap<>();
        m.population().byYear().forEach((y, p) -> population.put(String.valueOf(y), p));
        body.put("population", population);
        List<Map<String, String>> groups = new ArrayList<>();
        for (TerritoryGroup g : catalog.groups()) {
            for (Territory t : g.territories()) {
                if (t.municipalities().contains(m.code())) {
                    groups.add(Map.of("group", g.id(), "groupName", g.name(), "territory", t.id(), "territoryName", t.name()));
                }
            }
        }
        body.put("groups", groups);
        body.put("boundaryPublished", m.boundaryPublished());
        body.put("seat", m.seat() == null ? null : Map.of("longitude", m.seat().getX(), "latitude", m.seat().getY(),
                "source", "DANE, DIVIPOLA marzo 2024 (cabecera)"));
        if (!m.boundaryPublished()) {
            body.put("boundaryNote", "El DANE aún no publica el límite de este municipio en el MGN; su territorio sigue "
                    + "dentro del polígono (y del área) de " + m.lifespan().successor() + " en los mapas y descargas.");
        }
        if (geometry) {
            body.put("geometry", m.geometry() == null ? null : new RawValue(GeoJson.text(m.geometry(), 6)));
        }
        return body;
    }

    @GetMapping("/territory-groups")
    public List<GroupSummary> groups() {
        return reference.catalog().groups().stream().map(GroupSummary::of).toList();
    }

    @GetMapping("/territory-groups/{id}")
    public GroupDetail group(@PathVariable String id, @RequestParam(required = false) Integer year) {
        TerritoryGroup g = reference.group(id);
        int reportingYear = year(year);
        ReferenceCatalog catalog = reference.catalog();
        List<TerritoryDetail> territories = g.territories().stream().map(t -> new TerritoryDetail(t.id(), t.name(),
                t.municipalities().size(),
                t.municipalities().stream().mapToLong(c -> catalog.municipality(c).flatMap(m -> m.populationIn(reportingYear)).orElse(0L)).sum(),
                t.municipalities().stream().map(DivipolaCode::value).toList())).toList();
        return new GroupDetail(g.id(), g.name(), g.kind().name(), g.source(), territories.size(), g.municipalities().size(),
                reportingYear, territories);
    }

    @GetMapping("/reference/load-report")
    public LoadReport loadReport() {
        return reference.catalog().loadReport();
    }

    /** The reporting year asked for, else the default; one range for the whole service ({@link ReportingYear}). */
    private int year(Integer requested) {
        return requested == null ? defaultYear : ReportingYear.of("year", requested).value();
    }

    static double round(double value) {
        return Math.round(value * 100.0) / 100.0;
    }

    /** A list with the year it describes and, for municipalities, the denominator (units in force). */
    public record Listing<T>(int year, Denominator denominator, int count, List<T> items) {
    }

    public record Denominator(int units, String description) {
    }

    public record DepartmentView(String code, String name, int municipalities, long population, double areaKm2) {
    }

    public record MunicipalitySummary(String code, String name, String departmentCode, String departmentName,
                                      String type, Long population, double areaKm2) {
        static MunicipalitySummary of(Municipality m, int year) {
            return new MunicipalitySummary(m.code().value(), m.name(), m.department().code().value(), m.department().name(),
                    m.type().name(), m.populationIn(year).orElse(null), round(m.areaKm2()));
        }
    }

    public record GroupSummary(String id, String name, String kind, String source, int territories, int municipalities) {
        static GroupSummary of(TerritoryGroup g) {
            return new GroupSummary(g.id(), g.name(), g.kind().name(), g.source(), g.territories().size(), g.municipalities().size());
        }
    }

    public record GroupDetail(String id, String name, String kind, String source, int territoryCount, int municipalityCount,
                              int populationYear, List<TerritoryDetail> territories) {
    }

    public record TerritoryDetail(String id, String name, int municipalityCount, long population, List<String> municipalities) {
    }

}
