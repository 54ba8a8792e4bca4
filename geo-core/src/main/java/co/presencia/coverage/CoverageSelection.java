package co.presencia.coverage;

import co.presencia.intervention.DatasetSummary;
import java.util.Objects;

/**
 * A coverage request resolved: the dataset as stored now, its coverage index, the filter, and the reporting year
 * whose units in force are the denominator (the filter's latest year, else the configured default).
 */
public record CoverageSelection(DatasetSummary dataset, CoverageIndex index, CoverageFilter filter, int reportingYear) {

    public CoverageSelection {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(filter, "filter");
    }

    /** The same dataset and index under another filter, its reporting year the filter's own (or this one's). */
    public CoverageSelection withFilter(CoverageFilter other) {
        return new CoverageSelection(dataset, index, other, other.reportingYear(reportingYear));
    }
}
