package co.presencia.web.coverage;

import co.presencia.application.CoverageQueries;
import co.presencia.application.Presencia;
import co.presencia.application.ReferenceTerritory;
import co.presencia.application.SelectionParser;
import co.presencia.application.Sectors;
import co.presencia.coverage.CoverageSelection;
import co.presencia.coverage.SectorBreakdown;
import co.presencia.coverage.SectorFigures;
import co.presencia.coverage.SectorTables;
import co.presencia.error.InvalidParameterException;
import co.presencia.territory.DepartmentCode;
import co.presencia.territory.DivipolaCode;
import co.presencia.territory.ReferenceCatalog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
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
 * Coverage by sector ({@code /api/v1/coverage/sectors}): the selection split by the sectors of a CIIU level or a
 * sector grouping, as a table of sectors, of sector × department or of sector × municipality, JSON or a download.
 * One call of {@link CoverageQueries} on the selection {@link SelectionParser} resolves.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Coverage", description = "Coverage figures, targets and the written summary")
public class SectorCoverageController {

    private final SelectionParser selections;
    private final CoverageQueries coverage;
    private final ReferenceTerritory territory;
    private final Presencia presencia;

    public SectorCoverageController(Presencia presencia) {
        this.selections = presencia.selections();
        this.coverage = presencia.coverage();
        this.territory = presencia.territory();
        this.presencia = presencia;
    }

    @Operation(summary = "Coverage by sector", description = "Per sector of level=section|division|group|class or a grouping "
            + "id (default section): interventions, distinct beneficiaries and their share, municipalities and departments "
            + "reached; 'outside' counts the records without a CIIU code or in no single sector. table=departments|municipalities "
            + "gives sector × department or sector × municipality (pairs with records). Every coverage filter applies, sector "
            + "included. format=csv|csv-es|xlsx|geojson downloads the table. Example: /api/v1/coverage/sectors?year=2023&level=division&sector=C")
    @GetMapping("/coverage/sectors")
    public ResponseEntity<?> sectors(@ParameterObject @ModelAttribute CoverageRequest request, @RequestParam(required = false) String level,
                                     @RequestParam(defaultValue = "sectors") String table,
                                     @RequestParam(defaultValue = "false") boolean reachedOnly,
                                     @RequestParam(required = false) String format, @RequestParam(required = false) String lang) {
        Sectors sectors = presencia.sectors();
        SectorBreakdown breakdown = sectors.figureBreakdown("level", level);
        CoverageSelection selection = selections.select(request.parameters());
        CoverageQueries.SectorTable figures = coverage.sectors(selection, breakdown);
        Map<String, Object> body = CoverageController.envelope(figures.context());
        body.put("level", new Level(breakdown.id(), breakdown.name(), breakdown.source()));
        body.put("beneficiaries", figures.counts().beneficiaries());
        body.put("interventions", figures.counts().interventions());
        body.put("outside", figures.outside());
        String name = "sectores-" + breakdown.id() + "-" + selection.reportingYear();
        TableDownload.Format chosen = TableDownload.Format.parse(format);
        DownloadReading reading = DownloadReading.parse(lang);
        ReferenceCatalog catalog = territory.catalog();
        switch (table) {
            case "sectors" -> {
                List<SectorFigures.SectorRow> rows = reachedOnly
                        ? figures.rows().stream().filter(SectorFigures.SectorRow::reached).toList() : figures.rows();
                return respond(body, rows, () -> TableDownload.respond(chosen, reading, name, SectorTables.SECTORS, rows, body, null));
            }
            case "departments" -> {
                List<SectorFigures.SectorDepartmentRow> rows = coverage.sectorsByDepartment(selection, breakdown);
                return respond(body, rows, () -> TableDownload.respond(chosen, reading, name + "-departamentos",
                        SectorTables.SECTOR_DEPARTMENTS, rows, body, row -> catalog.department(new DepartmentCode(row.departmentCode()))
                                .map(d -> (Geometry) d.geometry()).orElse(null)));
            }
            case "municipalities" -> {
                List<SectorFigures.SectorMunicipalityRow> rows = coverage.sectorsByMunicipality(selection, breakdown);
                return respond(body, rows, () -> TableDownload.respond(chosen, reading, name + "-municipios",
                        SectorTables.SECTOR_MUNICIPALITIES, rows, body, row -> catalog.municipality(new DivipolaCode(row.code()))
                                .map(m -> (Geometry) m.geometry()).orElse(null)));
            }
            default -> throw new InvalidParameterException("table", "parameter.oneOf", "table", table,
                    "sectors, departments, municipalities");
        }
    }

    private static ResponseEntity<?> respond(Map<String, Object> body, List<?> rows, java.util.function.Supplier<ResponseEntity<?>> answer) {
        body.put("count", rows.size());
        body.put("items", rows);
        return answer.get();
    }

    /** What the figures are split by. */
    public record Level(String id, String name, String source) {
    }
}
