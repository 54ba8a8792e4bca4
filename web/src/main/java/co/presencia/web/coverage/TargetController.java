package co.presencia.web.coverage;

import co.presencia.application.Targets;
import co.presencia.coverage.CoverageFilterParser;
import co.presencia.coverage.Target;
import co.presencia.error.InvalidParameterException;
import co.presencia.error.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Targets and their status: read by anyone, written by the administrator (those of the configuration file are read-only). */
@RestController
@RequestMapping("/api/v1/targets")
@Tag(name = "Coverage", description = "Coverage figures, targets and the written summary")
public class TargetController {

    private final Targets targets;

    public TargetController(Targets targets) {
        this.targets = targets;
    }

    /** The targets with their achieved value and status (met / not met / no data). */
    @Operation(summary = "Targets and their status", description = "Indicator, period, filter, target value, achieved value and status MET / NOT_MET / NO_DATA.")
    @GetMapping
    public ResponseEntity<?> targets(@RequestParam(required = false) String dataset, @RequestParam(required = false) String format) {
        List<Targets.TargetView> views = targets.evaluateAll(dataset);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("count", views.size());
        body.put("items", views);
        return TableDownload.respond(TableDownload.Format.parse(format), null, "metas", TargetTable.TARGETS, views, body, null);
    }

    /** A target as sent by an administrator. */
    public record TargetRequest(String id, String name, String indicator, String group, List<String> year, List<String> axis,
                                List<String> program, List<String> size, List<String> department, Double value, String dataset) {
        Target toTarget(String pathId) {
            String targetId = pathId != null ? pathId : id;
            if (targetId == null || indicator == null || value == null) {
                throw new InvalidParameterException(null, "target.fields.required");
            }
            Map<String, List<String>> filter = new LinkedHashMap<>();
            filter.put(CoverageFilterParser.YEAR, year == null ? List.of() : year);
            filter.put(CoverageFilterParser.AXIS, axis == null ? List.of() : axis);
            filter.put(CoverageFilterParser.PROGRAM, program == null ? List.of() : program);
            filter.put(CoverageFilterParser.SIZE, size == null ? List.of() : size);
            filter.put(CoverageFilterParser.DEPARTMENT, department == null ? List.of() : department);
            return new Target(targetId, name, Targets.indicator(indicator), group, CoverageFilterParser.parse(filter), value, dataset);
        }
    }

    @PostMapping
    public ResponseEntity<Targets.TargetView> create(@RequestBody TargetRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(targets.save(request.toTarget(null)));
    }

    @PutMapping("/{id}")
    public Targets.TargetView put(@PathVariable String id, @RequestBody TargetRequest request) {
        return targets.save(request.toTarget(id));
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> delete(@PathVariable String id) {
        if (!targets.delete(id)) {
            throw new NotFoundException("target.unknown", id);
        }
        return ResponseEntity.noContent().build();
    }
}
