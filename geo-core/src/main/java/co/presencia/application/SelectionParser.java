package co.presencia.application;

import co.presencia.coverage.CoverageFilter;
import co.presencia.coverage.CoverageFilterParser;
import co.presencia.coverage.CoverageSelection;
import co.presencia.error.InvalidParameterException;
import co.presencia.error.NotFoundException;
import co.presencia.intervention.DatasetSummary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Turns request parameters into a {@link CoverageSelection}: the dataset ({@code dataset}, else the default), its
 * index, the filter ({@link CoverageFilterParser}) and the reporting year (the filter's latest year, else the
 * configured default). The one place every adapter resolves a coverage request; a bad value raises an
 * {@link InvalidParameterException} naming the parameter — an unknown dataset too (it is a bad value of
 * {@code dataset}, on every adapter alike); with no dataset stored at all, a {@link NotFoundException}.
 */
public final class SelectionParser {

    public static final String DATASET = "dataset";
    /** Every selection parameter: the dataset, then the filter parameters. */
    public static final List<String> PARAMETERS = parameters();

    private final Datasets datasets;
    private final Supplier<Sectors> sectors;
    private final int defaultYear;

    /**
     * @param sectors the classification, asked for only when a request names a {@code sector}
     */
    SelectionParser(Datasets datasets, Supplier<Sectors> sectors, int defaultYear) {
        this.datasets = datasets;
        this.sectors = sectors;
        this.defaultYear = defaultYear;
    }

    /** The selection of multi-valued parameters (a query string as servlets give it, one list per name). */
    public CoverageSelection select(Map<String, ? extends Collection<String>> parameters) {
        CoverageFilter filter = CoverageFilterParser.parse(parameters, (name, text) -> sectors.get().filter(name, text));
        DatasetSummary dataset = dataset(first(parameters.get(DATASET)));
        return new CoverageSelection(dataset, datasets.index(dataset), filter, filter.reportingYear(defaultYear));
    }

    /** The selection of single-valued parameters (OGC collection parameters, command-line options). */
    public CoverageSelection selectSingle(Map<String, String> parameters) {
        Map<String, List<String>> multi = new LinkedHashMap<>();
        parameters.forEach((name, value) -> multi.put(name, value == null ? List.of() : List.of(value)));
        return select(multi);
    }

    public int defaultYear() {
        return defaultYear;
    }

    /** The dataset a {@code dataset} parameter names (the default one for null), without building its index. */
    public DatasetSummary dataset(String requested) {
        try {
            return datasets.require(requested);
        } catch (NotFoundException e) {
            if (requested == null) {
                throw e; // nothing imported yet: no parameter is at fault
            }
            throw new InvalidParameterException(DATASET, e.code(), e.arguments());
        }
    }

    private static String first(Collection<String> values) {
        if (values == null) {
            return null;
        }
        return values.stream().filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
    }

    private static List<String> parameters() {
        List<String> all = new ArrayList<>();
        all.add(DATASET);
        all.addAll(CoverageFilterParser.PARAMETERS);
        all.add(CoverageFilterParser.SECTOR);
        return List.copyOf(all);
    }
}
