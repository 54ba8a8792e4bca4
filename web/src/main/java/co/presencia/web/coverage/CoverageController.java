package co.presencia.web.coverage;

import co.presencia.coverage.CoverageCounts;
import co.presencia.coverage.CoverageFigures;
import co.presencia.coverage.CoverageFilter;
import co.presencia.coverage.CoverageIndex;
import co.presencia.coverage.FigureTables;
import co.presencia.coverage.Gaps;
import co.presencia.coverage.Indicator;
import co.presencia.coverage.Target;
import co.presencia.coverage.TerritorialSummary;
import co.presencia.coverage.YearOverYear;
import co.presencia.intervention.DatasetSummary;
import co.presencia.territory.DepartmentCode;
import co.presencia.territory.DivipolaCode;
import co.presencia.territory.ReferenceCatalog;
import co.presencia.territory.TerritoryGroup;
import co.presencia.web.system.ApiException;
import co.presencia.web.system.PresenciaProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Coverage figures (DOMAIN.md §3) under the filters {@code dataset, year, axis, program, size, department}.
 * Tables answer JSON by default and {@code format=csv|csv-es|xlsx|geojson} as downloads.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Coverage", description = "Coverage figures, targets and the written summary")
public class CoverageController {

    private static final String SOURCE = "Presencia, a partir de los registros del conjunto de datos; límites DANE MGN 2018;"
            + " población DANE proyecciones 2018–2035; PDET ART; ZOMAC MinCIT.";
    private final CoverageService coverage;
    private final TargetService targets;
    private final PresenciaProperties properties;

    public CoverageController(CoverageService coverage, TargetService targets, PresenciaProperties properties) {
        this.coverage = coverage;
        this.targets = targets;
        this.properties = properties;
    }

    /** A request resolved: dataset, index, filter, reporting year. */
    private record Resolved(DatasetSummary dataset, CoverageIndex index, CoverageFilter filter, int year) {
    }

    private Resolved resolve(CoverageRequest request) {
        DatasetSummary dataset = coverage.dataset(request.dataset());
        CoverageFilter filter = request.toFilter();
        return new Resolved(dataset, coverage.index(dataset), filter, filter.reportingYear(properties.defaultYear()));
    }

    private Map<String, Object> envelope(Resolved r, CoverageCounts counts) {
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("id", r.dataset().id());
        dataset.put("name", r.dataset().name());
        dataset.put("synthetic", r.dataset().synthetic());
        dataset.put("lastImportAt", r.dataset().lastImportAt());
        body.put("dataset", dataset);
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("years", r.filter().years());
        filter.put("axes", r.filter().axes().stream().map(a -> a.id()).toList());
        filter.put("programs", r.filter().programs());
        filter.put("sizes", r.filter().sizes().stream().map(s -> s.id()).toList());
        filter.put("departments", r.filter().departments().stream().map(DepartmentCode::value).toList());
        filter.put("reportingYear", r.year());
        body.put("filter", filter);
        body.put("denominator", new CoverageFigures.Denominator(counts.vintage().size(), counts.vintage().year(), counts.vintage().describe()));
        body.put("source", SOURCE + (r.dataset().synthetic() ? " Datos sintéticos de demostración." : ""));
        return body;
    }

    @Operation(summary = "Headline figures", description = "Beneficiaries, interventions, municipalities reached (x of the units in force), departments, PDET, ZOMAC, population band, every territory group, top-10 concentration and mipyme share. Example: /api/v1/coverage?year=2023&axis=calidad")
    @GetMapping("/coverage")
    public Map<String, Object> headline(@ParameterObject @ModelAttribute CoverageRequest request) {
        Resolved r = resolve(request);
        CoverageCounts counts = coverage.counts(r.dataset(), r.index(), r.filter(), r.year(), null);
        Map<String, Object> body = envelope(r, counts);
        body.put("headline", coverage.headline(r.dataset(), r.index(), r.filter(), r.year()));
        return body;
    }

    @Operation(summary = "Beneficiaries by department", description = "Distinct beneficiaries and their share of the national total, interventions and municipalities reached per department. format=csv|csv-es|xlsx|geojson downloads the table.")
    @GetMapping("/coverage/departments")
    public ResponseEntity<?> departments(@ParameterObject @ModelAttribute CoverageRequest request, @RequestParam(required = false) String format) {
        Resolved r = resolve(request);
        CoverageCounts counts = coverage.counts(r.dataset(), r.index(), r.filter(), r.year(), null);
        List<CoverageFigures.DepartmentRow> rows = CoverageFigures.departments(counts, coverage.catalog());
        Map<String, Object> body = envelope(r, counts);
        body.put("beneficiaries", counts.beneficiaries());
        body.put("count", rows.size());
        body.put("items", rows);
        ReferenceCatalog catalog = coverage.catalog();
        return TableDownload.respond(TableDownload.Format.parse(format), "departamentos-" + r.year(), FigureTables.DEPARTMENTS, rows, body,
                row -> catalog.department(new DepartmentCode(row.code())).map(d -> (Geometry) d.geometry()).orElse(null));
    }

    @Operation(summary = "Beneficiaries by municipality", description = "Every unit in force, ranked; per 10,000 inhabitants. Example: /api/v1/coverage/municipalities?year=2023&department=52&format=csv-es")
    @GetMapping("/coverage/municipalities")
    public ResponseEntity<?> municipalities(@ParameterObject @ModelAttribute CoverageRequest request, @RequestParam(required = false) String format,
                                            @RequestParam(defaultValue = "false") boolean reachedOnly) {
        Resolved r = resolve(request);
        CoverageCounts counts = coverage.counts(r.dataset(), r.index(), r.filter(), r.year(), null);
        List<CoverageFigures.MunicipalityRow> rows = CoverageFigures.municipalities(counts, coverage.catalog());
        if (reachedOnly) {
            rows = rows.stream().filter(CoverageFigures.MunicipalityRow::reached).toList();
        }
        Map<String, Object> body = envelope(r, counts);
        body.put("beneficiaries", counts.beneficiaries());
        body.put("municipalitiesReached", counts.municipalitiesReached());
        body.put("count", rows.size());
        body.put("items", rows);
        ReferenceCatalog catalog = coverage.catalog();
        return TableDownload.respond(TableDownload.Format.parse(format), "municipios-" + r.year(), FigureTables.MUNICIPALITIES, rows, body,
                row -> catalog.municipality(new DivipolaCode(row.code())).map(m -> (Geometry) m.geometry()).orElse(null));
    }

    @Operation(summary = "Territories of a group reached (x of N)", description = "Per territory: reached, municipalities reached, distinct beneficiaries, interventions, focus share. Example: /api/v1/coverage/groups/pdet?year=2023")
    @GetMapping("/coverage/groups/{group}")
    public ResponseEntity<?> group(@PathVariable String group, @ParameterObject @ModelAttribute CoverageRequest request,
                                   @RequestParam(required = false) String format) {
        TerritoryGroup territoryGroup = referenceGroup(group);
        Resolved r = resolve(request);
        CoverageCounts counts = coverage.counts(r.dataset(), r.index(), r.filter(), r.year(), territoryGroup);
        List<CoverageFigures.TerritoryRow> rows = CoverageFigures.territories(counts, coverage.catalog());
        Map<String, Object> body = envelope(r, counts);
        body.put("group", CoverageFigures.groupReach(counts, territoryGroup));
        body.put("count", rows.size());
        body.put("items", rows);
        ReferenceCatalog catalog = coverage.catalog();
        return TableDownload.respond(TableDownload.Format.parse(format), territoryGroup.id() + "-" + r.year(), FigureTables.GROUP_TERRITORIES, rows, body,
                row -> territoryGeometry(catalog, territoryGroup, row.id()));
    }

    @Operation(summary = "Gaps", description = "Unreached territories of a group with their population, and unreached municipalities that border reached ones (table=bordering).")
    @GetMapping("/coverage/gaps/{group}")
    public ResponseEntity<?> gaps(@PathVariable String group, @ParameterObject @ModelAttribute CoverageRequest request,
                                  @RequestParam(required = false) String format,
                                  @RequestParam(defaultValue = "territories") String table) {
        TerritoryGroup territoryGroup = referenceGroup(group);
        Resolved r = resolve(request);
        CoverageCounts counts = coverage.counts(r.dataset(), r.index(), r.filter(), r.year(), null);
        Gaps.Report report = Gaps.of(counts, coverage.catalog(), territoryGroup, coverage.adjacency());
        Map<String, Object> body = envelope(r, counts);
        body.put("gaps", report);
        ReferenceCatalog catalog = coverage.catalog();
        return switch (table) {
            case "territories" -> TableDownload.respond(TableDownload.Format.parse(format), "brechas-" + territoryGroup.id() + "-" + r.year(),
                    FigureTables.UNREACHED_TERRITORIES, report.unreachedTerritories(), body,
                    row -> territoryGeometry(catalog, territoryGroup, row.id()));
            case "bordering" -> TableDownload.respond(TableDownload.Format.parse(format), "vecinos-" + territoryGroup.id() + "-" + r.year(),
                    FigureTables.BORDERING_MUNICIPALITIES, report.borderingReached(), body,
                    row -> catalog.municipality(new DivipolaCode(row.code())).map(m -> (Geometry) m.geometry()).orElse(null));
            default -> throw ApiException.badRequest("Parameter 'table' is 'territories' or 'bordering'");
        };
    }

    @Operation(summary = "Year over year", description = "The headline figures for two years and the change. Example: /api/v1/coverage/year-over-year?from=2022&to=2023")
    @GetMapping("/coverage/year-over-year")
    public Map<String, Object> yearOverYear(@ParameterObject @ModelAttribute CoverageRequest request, @RequestParam int from, @RequestParam int to) {
        Resolved r = resolve(request);
        CoverageFilter before = r.filter().withYears(Set.of(from));
        CoverageFilter after = r.filter().withYears(Set.of(to));
        CoverageCounts beforeCounts = coverage.counts(r.dataset(), r.index(), before, from, null);
        CoverageCounts afterCounts = coverage.counts(r.dataset(), r.index(), after, to, null);
        Map<String, Object> body = envelope(new Resolved(r.dataset(), r.index(), after, to), afterCounts);
        body.put("yearOverYear", YearOverYear.of(CoverageFigures.headline(beforeCounts, coverage.catalog()),
                CoverageFigures.headline(afterCounts, coverage.catalog())));
        return body;
    }

    @Operation(summary = "Written territorial summary", description = "Paragraphs in the style of the management report, from the figures; lang=es (es-CO numbers) or en.")
    @GetMapping("/summary")
    public Map<String, Object> summary(@ParameterObject @ModelAttribute CoverageRequest request, @RequestParam(defaultValue = "es") String lang) {
        TerritorialSummary.Language language = switch (lang.toLowerCase(Locale.ROOT)) {
            case "es" -> TerritorialSummary.Language.ES;
            case "en" -> TerritorialSummary.Language.EN;
            default -> throw ApiException.badRequest("Parameter 'lang' is 'es' or 'en'");
        };
        Resolved r = resolve(request);
        CoverageCounts counts = coverage.counts(r.dataset(), r.index(), r.filter(), r.year(), null);
        Map<String, Object> body = envelope(r, counts);
        body.put("summary", TerritorialSummary.write(r.index(), r.filter(), properties.defaultYear(),
                r.dataset().name(), language));
        return body;
    }

    /** The targets with their achieved value and status (met / not met / no data). */
    @Operation(summary = "Targets and their status", description = "Indicator, period, filter, target value, achieved value and status MET / NOT_MET / NO_DATA.")
    @GetMapping("/targets")
    public ResponseEntity<?> targets(@RequestParam(required = false) String dataset, @RequestParam(required = false) String format) {
        List<TargetService.TargetView> views = targets.evaluateAll(dataset);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("count", views.size());
        body.put("items", views);
        return TableDownload.respond(TableDownload.Format.parse(format), "metas", TargetTable.TARGETS, views, body, null);
    }

    /** A target as sent by an administrator. */
    public record TargetRequest(String id, String name, String indicator, String group, List<String> year, List<String> axis,
                                List<String> program, List<String> size, List<String> department, Double value, String dataset) {
        Target toTarget(String pathId) {
            String targetId = pathId != null ? pathId : id;
            if (targetId == null || indicator == null || value == null) {
                throw ApiException.badRequest("A target needs id, indicator, year and value");
            }
            Indicator parsed;
            try {
                parsed = Indicator.valueOf(indicator.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("Unknown indicator '" + indicator + "'; known: " + List.of(Indicator.values()));
            }
            try {
                return new Target(targetId, name, parsed, group, new CoverageRequest(null, year, axis, program, size, department).toFilter(),
                        value, dataset);
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest(e.getMessage());
            }
        }
    }

    @PostMapping("/targets")
    public ResponseEntity<TargetService.TargetView> createTarget(@RequestBody TargetRequest request) {
        Target target = request.toTarget(null);
        targets.save(target);
        return ResponseEntity.status(HttpStatus.CREATED).body(targets.evaluate(target, "api", null));
    }

    @PutMapping("/targets/{id}")
    public TargetService.TargetView putTarget(@PathVariable String id, @RequestBody TargetRequest request) {
        Target target = request.toTarget(id);
        targets.save(target);
        return targets.evaluate(target, "api", null);
    }

    @DeleteMapping("/targets/{id}")
    public ResponseEntity<Void> deleteTarget(@PathVariable String id) {
        if (targets.isConfigured(id)) {
            throw new ApiException(HttpStatus.CONFLICT, "Conflict", "Target " + id + " comes from the configuration file");
        }
        return targets.delete(id) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    private TerritoryGroup referenceGroup(String id) {
        return coverage.reference().group(id);
    }

    private static Geometry territoryGeometry(ReferenceCatalog catalog, TerritoryGroup group, String territoryId) {
        return group.territory(territoryId).map(t -> {
            Geometry[] parts = t.municipalities().stream().map(c -> catalog.municipality(c).orElseThrow().geometry()).toArray(Geometry[]::new);
            if (parts.length == 0) {
                return null;
            }
            Geometry union = org.locationtech.jts.coverage.CoverageUnion.union(parts);
            union.setSRID(4326);
            return union;
        }).orElse(null);
    }
}
