package co.presencia.application;

import co.presencia.coverage.CoverageFilter;
import co.presencia.coverage.CoverageFilterParser;
import co.presencia.coverage.Indicator;
import co.presencia.coverage.Target;
import co.presencia.coverage.TargetEvaluation;
import co.presencia.coverage.TargetRepository;
import co.presencia.error.ConflictException;
import co.presencia.error.InvalidParameterException;
import co.presencia.error.PresenciaException;
import co.presencia.intervention.DatasetSummary;
import co.presencia.text.Csv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;

/**
 * Targets from configuration (a CSV of id, name, indicator, group, year, axis, program, size, department, value,
 * dataset; read-only, lists separated by {@code |}) and from the API (stored), evaluated on their dataset's index.
 * A configured target cannot be changed or deleted through the API.
 */
public final class Targets {

    private final TargetRepository repository;
    private final Datasets datasets;
    private final List<Target> configured;

    Targets(TargetRepository repository, Datasets datasets, Path targetsFile) {
        this.repository = repository;
        this.datasets = datasets;
        this.configured = targetsFile == null ? List.of() : readConfigured(targetsFile);
    }

    /** A target with where it comes from ({@code configuración} or {@code api}) and its evaluation. */
    public record TargetView(String id, String name, String indicator, String indicatorLabel, String group,
                             String dataset, List<Integer> years, CoverageFilter filter, double target, Double achieved,
                             String status, String reason, String unit, String source) {
    }

    /** Every target, configured first, each evaluated on its own dataset or else on {@code datasetOverride}. */
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
        DatasetSummary dataset = datasets.require(target.dataset() != null ? target.dataset() : datasetOverride);
        TargetEvaluation evaluation = TargetEvaluation.evaluate(target, datasets.index(dataset));
        return new TargetView(target.id(), target.name(), target.indicator().name(), target.indicator().label(), target.group(),
                dataset.id(), List.copyOf(target.filter().years()), target.filter(), target.value(), evaluation.achieved(),
                evaluation.status().name(), evaluation.reason(), target.indicator().isPercent() ? "%" : "count", source);
    }

    public boolean isConfigured(String id) {
        return configured.stream().anyMatch(t -> t.id().equals(id));
    }

    /** Stores a target given through the API and answers it evaluated. */
    public TargetView save(Target target) {
        requireNotConfigured(target.id());
        repository.save(target);
        return evaluate(target, "api", null);
    }

    /** Deletes a target given through the API; false when there is none. */
    public boolean delete(String id) {
        requireNotConfigured(id);
        return repository.delete(id);
    }

    /** The indicator named (case-insensitive), or an error listing the known ones. */
    public static Indicator indicator(String name) {
        String key = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(Indicator.values()).filter(i -> i.name().equals(key)).findFirst()
                .orElseThrow(() -> new InvalidParameterException("indicator", "target.indicator.unknown", String.valueOf(name),
                        Arrays.stream(Indicator.values()).map(Indicator::name).collect(Collectors.joining(", "))));
    }

    private void requireNotConfigured(String id) {
        if (isConfigured(id)) {
            throw new ConflictException("target.configured", id);
        }
    }

    static List<Target> readConfigured(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("The targets file " + file + " does not exist");
        }
        List<Target> targets = new ArrayList<>();
        for (CSVRecord row : Csv.read(file)) {
            String where = file + ", line " + (row.getRecordNumber() + 1);
            try {
                Map<String, List<String>> filter = new LinkedHashMap<>();
                for (String column : CoverageFilterParser.PARAMETERS) {
                    filter.put(column, list(row, column));
                }
                targets.add(new Target(row.get("id"), row.get("name"), indicator(row.get("indicator")), blankToNull(row, "group"),
                        CoverageFilterParser.parse(filter), Double.parseDouble(row.get("value").strip()), blankToNull(row, "dataset")));
            } catch (PresenciaException | IllegalArgumentException e) {
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
