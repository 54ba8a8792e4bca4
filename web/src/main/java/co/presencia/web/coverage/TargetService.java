package co.presencia.web.coverage;

import co.presencia.coverage.CoverageFilter;
import co.presencia.coverage.Indicator;
import co.presencia.coverage.Target;
import co.presencia.coverage.TargetEvaluation;
import co.presencia.coverage.TargetRepository;
import co.presencia.intervention.DatasetSummary;
import co.presencia.text.Csv;
import co.presencia.web.system.ApiException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Targets from configuration ({@code presencia.targets-file}: a CSV of id, name, indicator, group, year, axis,
 * program, size, department, value, dataset; read-only) and from the API (stored), evaluated on their dataset.
 */
@Service
public class TargetService {

    private final TargetRepository repository;
    private final CoverageService coverage;
    private final List<Target> configured;

    public TargetService(TargetRepository repository, CoverageService coverage,
                         @Value("${presencia.targets-file:}") String targetsFile) {
        this.repository = repository;
        this.coverage = coverage;
        this.configured = targetsFile == null || targetsFile.isBlank() ? List.of() : readConfigured(Path.of(targetsFile));
    }

    /** A target with where it comes from and its evaluation. */
    public record TargetView(String id, String name, String indicator, String indicatorLabel, String group,
                             String dataset, List<Integer> years, CoverageFilter filter, double target, Double achieved,
                             String status, String reason, String unit, String source) {
    }

    public List<TargetView> evaluateAll(String datasetOverride) {
        List<TargetView> views = new ArrayList<>();
        for (Target t : configured) {
            views.add(evaluate(t, "configuración", datasetOverride));
        }
        for (Target t : repository.findAll()) {
            views.add(evaluate(t, "api", datasetOverride));
        }
        return views;
    }

    public TargetView evaluate(Target target, String source, String datasetOverride) {
        String datasetId = target.dataset() != null ? target.dataset() : datasetOverride;
        DatasetSummary dataset = coverage.dataset(datasetId);
        TargetEvaluation evaluation = TargetEvaluation.evaluate(target, coverage.index(dataset));
        return new TargetView(target.id(), target.name(), target.indicator().name(), target.indicator().label(), target.group(),
                dataset.id(), List.copyOf(target.filter().years()), target.filter(), target.value(), evaluation.achieved(),
                evaluation.status().name(), evaluation.reason(), target.indicator().isPercent() ? "%" : "count", source);
    }

    public boolean isConfigured(String id) {
        return configured.stream().anyMatch(t -> t.id().equals(id));
    }

    public void save(Target target) {
        if (isConfigured(target.id())) {
            throw new ApiException(org.springframework.http.HttpStatus.CONFLICT, "Conflict",
                    "Target " + target.id() + " is defined in the configuration file and cannot be changed through the API");
        }
        repository.save(target);
    }

    public boolean delete(String id) {
        return repository.delete(id);
    }

    static List<Target> readConfigured(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("presencia.targets-file " + file + " does not exist");
        }
        List<Target> targets = new ArrayList<>();
        for (CSVRecord row : Csv.read(file)) {
            String where = file + ", line " + (row.getRecordNumber() + 1);
            try {
                CoverageRequest request = new CoverageRequest(null, list(row, "year"), list(row, "axis"), list(row, "program"),
                        list(row, "size"), list(row, "department"));
                targets.add(new Target(row.get("id"), row.get("name"), Indicator.valueOf(row.get("indicator").strip().toUpperCase(Locale.ROOT)),
                        blankToNull(row, "group"), request.toFilter(), Double.parseDouble(row.get("value").strip()), blankToNull(row, "dataset")));
            } catch (RuntimeException e) {
                throw new IllegalStateException(where + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(targets);
    }

    private static List<String> list(CSVRecord row, String column) {
        if (!row.isMapped(column) || row.get(column).isBlank()) {
            return List.of();
        }
        return List.of(row.get(column).split("\\|"));
    }

    private static String blankToNull(CSVRecord row, String column) {
        return row.isMapped(column) && !row.get(column).isBlank() ? row.get(column).strip() : null;
    }
}
