package co.presencia.web.coverage;

import co.presencia.application.EconomicCoverage;
import co.presencia.application.Presencia;
import co.presencia.application.ReferenceTerritory;
import co.presencia.application.SelectionParser;
import co.presencia.coverage.CoverageSelection;
import co.presencia.coverage.EconomicGaps;
import co.presencia.coverage.EconomicTables;
import co.presencia.coverage.EconomicWeight;
import co.presencia.error.InvalidParameterException;
import co.presencia.territory.DepartmentCode;
import co.presencia.territory.DivipolaCode;
import co.presencia.territory.ReferenceCatalog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Coverage beside the economy: presence against economic weight per department and branch
 * ({@code /api/v1/coverage/economy}) and the opportunity gaps ({@code /api/v1/coverage/gaps/economy}), JSON or a
 * download; each names DANE's source and year ({@code economySource}). One call of {@link EconomicCoverage} each.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Coverage", description = "Coverage figures, targets and the written summary")
public class EconomicCoverageController {

    private final SelectionParser selections;
    private final EconomicCoverage economic;
    private final ReferenceTerritory territory;

    public EconomicCoverageController(Presencia presencia) {
        this.selections = presencia.selections();
        this.economic = presencia.economicCoverage();
        this.territory = presencia.territory();
    }

    @Operation(summary = "Presence against economic weight", description = "Per department: its share of the selection's "
            + "beneficiaries beside its share of national value added (DANE, PIB departamental) and their ratio; per branch of "
            + "DANE's 12, the location quotient of value added beside that of the selection's beneficiaries (by CIIU section). "
            + "economyYear=2005–2023 (default: the reporting year, else the latest before it); a year DANE lacks is a 400. "
            + "items: one row per department; branches: department × branch (table=branches: only those, as items). "
            + "Example: /api/v1/coverage/economy?year=2023")
    @GetMapping("/coverage/economy")
    public ResponseEntity<?> weight(@ParameterObject @ModelAttribute CoverageRequest request,
                                    @RequestParam(required = false) String economyYear,
                                    @RequestParam(defaultValue = "departments") String table,
                                    @RequestParam(required = false) String format, @RequestParam(required = false) String lang) {
        CoverageSelection selection = selections.select(request.parameters());
        EconomicCoverage.WeightTable weight = economic.weight(selection, economyYear);
        EconomicWeight.Report report = weight.report();
        Map<String, Object> body = CoverageController.envelope(weight.context());
        body.put("economy", new Accounts(report.economyYear(), report.economyYearLabel(), report.economyYearStatus(),
                report.economyYear() == report.reportingYear()));
        body.put("economySource", report.source());
        body.put("beneficiaries", report.beneficiaries());
        String name = "peso-economico-" + selection.reportingYear() + "-pib-" + report.economyYearLabel();
        ReferenceCatalog catalog = territory.catalog();
        TableDownload.Format chosen = TableDownload.Format.parse(format);
        DownloadReading reading = DownloadReading.parse(lang);
        return switch (table) {
            case "departments" -> {
                body.put("count", report.departments().size());
                body.put("items", report.departments());
                body.put("branches", EconomicWeight.branchRows(report));
                yield TableDownload.respond(chosen, reading, name, EconomicTables.DEPARTMENT_WEIGHT, report.departments(), body,
                        row -> catalog.department(new DepartmentCode(row.code())).map(d -> (Geometry) d.geometry()).orElse(null));
            }
            case "branches" -> {
                var rows = EconomicWeight.branchRows(report);
                body.put("count", rows.size());
                body.put("items", rows);
                yield TableDownload.respond(chosen, reading, name + "-ramas", EconomicTables.DEPARTMENT_BRANCHES, rows, body, null);
            }
            default -> throw new InvalidParameterException("table", "parameter.oneOf", "table", table, "departments, branches");
        };
    }

    @Operation(summary = "Opportunity gaps", description = "The units in force in the reporting year that the selection did "
            + "not reach, ranked by value added in the latest year of DANE's municipal series (2022p), with its primary / "
            + "secondary / tertiary structure, share of the nation and population; units DANE publishes no value for come "
            + "last. limit=1–2000 (default 50); department= restricts the units. Example: /api/v1/coverage/gaps/economy?year=2023&department=05")
    @GetMapping("/coverage/gaps/economy")
    public ResponseEntity<?> gaps(@ParameterObject @ModelAttribute CoverageRequest request, @RequestParam(required = false) String limit,
                                  @RequestParam(required = false) String format, @RequestParam(required = false) String lang) {
        CoverageSelection selection = selections.select(request.parameters());
        EconomicCoverage.GapTable gaps = economic.gaps(selection, limit);
        EconomicGaps.Report report = gaps.report();
        Map<String, Object> body = CoverageController.envelope(gaps.context());
        body.put("economySource", report.source());
        body.put("gaps", new GapSummary(report.year(), report.valueAddedYear(), report.unitsInForce(), report.unreached(),
                report.unreachedValueAdded(), report.unreachedValueAddedShare()));
        body.put("count", report.items().size());
        body.put("items", report.items());
        ReferenceCatalog catalog = territory.catalog();
        return TableDownload.respond(TableDownload.Format.parse(format), DownloadReading.parse(lang),
                "brechas-economicas-" + selection.reportingYear(), EconomicTables.ECONOMIC_GAPS, report.items(), body,
                row -> catalog.municipality(new DivipolaCode(row.code())).map(m -> (Geometry) m.geometry()).orElse(null));
    }

    /** The year of the departmental accounts compared, and whether it is the reporting year. */
    public record Accounts(int year, String yearLabel, String status, boolean reportingYear) {
    }

    /** The gaps as a whole: candidates, how many were not reached and the value added they hold. */
    public record GapSummary(int year, String valueAddedYear, int unitsInForce, int unreached, double unreachedValueAdded,
                             Double unreachedValueAddedShare) {
    }
}
