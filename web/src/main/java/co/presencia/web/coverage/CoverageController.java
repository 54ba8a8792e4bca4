package co.presencia.web.coverage;

import co.presencia.application.CoverageContext;
import co.presencia.application.CoverageQueries;
import co.presencia.application.ReferenceTerritory;
import co.presencia.application.SelectionParser;
import co.presencia.coverage.CoverageFigures;
import co.presencia.coverage.CoverageSelection;
import co.presencia.coverage.FigureTables;
import co.presencia.coverage.Gaps;
import co.presencia.coverage.TerritorialSummary;
import co.presencia.error.InvalidParameterException;
import co.presencia.territory.DepartmentCode;
import co.presencia.territory.DivipolaCode;
import co.presencia.territory.ReferenceCatalog;
import co.presencia.territory.TerritoryGroup;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Coverage figures (DOMAIN.md §3) under the selection {@code dataset, year, axis, program, size, department}.
 * Tables answer JSON by default and {@code format=csv|csv-es|xlsx|geojson} as downloads ({@code lang=es|en}: written
 * for people, see {@link DownloadReading}). Each endpoint is one call of {@link CoverageQueries} on the selection
 * {@link SelectionParser} resolves.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Coverage", description = "Coverage figures, targets and the written summary")
public class CoverageController {

    private final SelectionParser selections;
    private final CoverageQueries coverage;
    private final ReferenceTerritory territory;

    public CoverageController(SelectionParser selections, CoverageQueries coverage, ReferenceTerritory territory) {
        this.selections = selections;
        this.coverage = coverage;
        this.territory = territory;
    }

    /** The JSON body every coverage answer starts with: dataset, filter, denominator, source. */
    static Map<String, Object> envelope(CoverageContext context) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("dataset", context.dataset());
        body.put("filter", context.filter());
        body.put("denominator", context.denominator());
        body.put("source", context.source());
        return body;
    }

    private CoverageSelection select(CoverageRequest request) {
        return selections.select(request.parameters());
    }

    @Operation(summary = "Headline figures", description = "Beneficiaries, interventions, municipalities reached (x of the units in force), departments, PDET, ZOMAC, population band, every territory group, top-10 concentration and mipyme share. Example: /api/v1/coverage?year=2023&axis=calidad")
    @GetMapping("/coverage")
    public Map<String, Object> headline(@ParameterObject @ModelAttribute CoverageRequest request) {
        CoverageSelection selection = select(request);
        Map<String, Object> body = envelope(coverage.context(selection));
        body.put("headline", coverage.headline(selection));
        return body;
    }

    @Operation(summary = "Beneficiaries by department", description = "Distinct beneficiaries and their share of the national total, interventions and municipalities reached per department. format=csv|csv-es|xlsx|geojson downloads the table.")
    @GetMapping("/coverage/departments")
    public ResponseEntity<?> departments(@ParameterObject @ModelAttribute CoverageRequest request, @RequestParam(required = false) String format,
                                         @RequestParam(required = false) String lang) {
        CoverageSelection selection = select(request);
        CoverageQueries.Table<CoverageFigures.DepartmentRow> table = coverage.departments(selection);
        Map<String, Object> body = envelope(table.context());
        body.put("beneficiaries", table.counts().beneficiaries());
        body.put("count", table.rows().size());
        body.put("items", table.rows());
        ReferenceCatalog catalog = territory.catalog();
        return TableDownload.respond(TableDownload.Format.parse(format), DownloadReading.parse(lang), "departamentos-" + selection.reportingYear(),
                FigureTables.DEPARTMENTS, table.rows(), body,
                row -> catalog.department(new DepartmentCode(row.code())).map(d -> (Geometry) d.geometry()).orElse(null));
    }

    @Operation(summary = "Beneficiaries by municipality", description = "Every unit in force, ranked; per 10,000 inhabitants. Example: /api/v1/coverage/municipalities?year=2023&department=52&format=csv-es")
    @GetMapping("/coverage/municipalities")
    public ResponseEntity<?> municipalities(@ParameterObject @ModelAttribute CoverageRequest request, @RequestParam(required = false) String format,
                                            @RequestParam(defaultValue = "false") boolean reachedOnly, @RequestParam(required = false) String lang) {
        CoverageSelection selection = select(request);
        CoverageQueries.Table<CoverageFigures.MunicipalityRow> table = coverage.municipalities(selection, reachedOnly);
        Map<String, Object> body = envelope(table.context());
        body.put("beneficiaries", table.counts().beneficiaries());
        body.put("municipalitiesReached", table.counts().municipalitiesReached());
        body.put("count", table.rows().size());
        body.put("items", table.rows());
        ReferenceCatalog catalog = territory.catalog();
        return TableDownload.respond(TableDownload.Format.parse(format), DownloadReading.parse(lang), "municipios-" + selection.reportingYear(),
                FigureTables.MUNICIPALITIES, table.rows(), body,
                row -> catalog.municipality(new DivipolaCode(row.code())).map(m -> (Geometry) m.geometry()).orElse(null));
    }

    @Operation(summary = "Territories of a group reached (x of N)", description = "Per territory: reached, municipalities reached, distinct beneficiaries, interventions, focus share. Example: /api/v1/coverage/groups/pdet?year=2023")
    @GetMapping("/coverage/groups/{group}")
    public ResponseEntity<?> group(@PathVariable String group, @ParameterObject @ModelAttribute CoverageRequest request,
                                   @RequestParam(required = false) String format, @RequestParam(required = false) String lang) {
        TerritoryGroup territoryGroup = territory.group(group);
        CoverageSelection selection = select(request);
        CoverageQueries.GroupTable table = coverage.group(selection, territoryGroup);
        Map<String, Object> body = envelope(table.context());
        body.put("group", table.group());
        body.put("count", table.rows().size());
        body.put("items", table.rows());
        return TableDownload.respond(TableDownload.Format.parse(format), DownloadReading.parse(lang), territoryGroup.id() + "-" + selection.reportingYear(),
                FigureTables.GROUP_TERRITORIES, table.rows(), body,
                row -> TerritoryGeometry.of(territory.catalog(), territoryGroup, row.id()));
    }

    @Operation(summary = "Gaps", description = "Unreached territories of a group with their population, and unreached municipalities that border reached ones (table=bordering).")
    @GetMapping("/coverage/gaps/{group}")
    public ResponseEntity<?> gaps(@PathVariable String group, @ParameterObject @ModelAttribute CoverageRequest request,
                                  @RequestParam(required = false) String format,
                                  @RequestParam(defaultValue = "territories") String table, @RequestParam(required = false) String lang) {
        TerritoryGroup territoryGroup = territory.group(group);
        CoverageSelection selection = select(request);
        CoverageQueries.GapTable gaps = coverage.gaps(selection, territoryGroup);
        Map<String, Object> body = envelope(gaps.context());
        body.put("gaps", gaps.report());
        ReferenceCatalog catalog = territory.catalog();
        String suffix = territoryGroup.id() + "-" + selection.reportingYear();
        return switch (table) {
            case "territories" -> TableDownload.respond(TableDownload.Format.parse(format), DownloadReading.parse(lang), "brechas-" + suffix,
                    FigureTables.UNREACHED_TERRITORIES, gaps.report().unreachedTerritories(), body,
                    row -> TerritoryGeometry.of(catalog, territoryGroup, row.id()));
            case "bordering" -> TableDownload.respond(TableDownload.Format.parse(format), DownloadReading.parse(lang), "vecinos-" + suffix,
                    FigureTables.BORDERING_MUNICIPALITIES, gaps.report().borderingReached(), body,
                    row -> catalog.municipality(new DivipolaCode(row.code())).map(m -> (Geometry) m.geometry()).orElse(null));
            default -> throw new InvalidParameterException("table", "parameter.oneOf", "table", table, "territories, bordering");
        };
    }

    @Operation(summary = "Year over year", description = "The headline figures for two years and the change. Example: /api/v1/coverage/year-over-year?from=2022&to=2023")
    @GetMapping("/coverage/year-over-year")
    public Map<String, Object> yearOverYear(@ParameterObject @ModelAttribute CoverageRequest request, @RequestParam int from, @RequestParam int to) {
        CoverageQueries.Comparison comparison = coverage.yearOverYear(select(request), from, to);
        Map<String, Object> body = envelope(comparison.context());
        body.put("yearOverYear", comparison.yearOverYear());
        return body;
    }

    @Operation(summary = "Written territorial summary", description = "Paragraphs in the style of the management report, from the figures; lang=es (es-CO numbers) or en.")
    @GetMapping("/summary")
    public Map<String, Object> summary(@ParameterObject @ModelAttribute CoverageRequest request, @RequestParam(defaultValue = "es") String lang) {
        TerritorialSummary.Language language = switch (lang.toLowerCase(Locale.ROOT)) {
            case "es" -> TerritorialSummary.Language.ES;
            case "en" -> TerritorialSummary.Language.EN;
            default -> throw new InvalidParameterException("lang", "parameter.oneOf", "lang", lang, "es, en");
        };
        CoverageSelection selection = select(request);
        Map<String, Object> body = envelope(coverage.context(selection));
        body.put("summary", coverage.summary(selection, language));
        return body;
    }
}
