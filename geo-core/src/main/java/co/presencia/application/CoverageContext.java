package co.presencia.application;

import co.presencia.coverage.CoverageCounts;
import co.presencia.coverage.CoverageFigures.Denominator;
import co.presencia.coverage.CoverageSelection;
import co.presencia.intervention.Axis;
import co.presencia.intervention.CompanySize;
import co.presencia.territory.DepartmentCode;
import java.time.Instant;
import java.util.List;
import java.util.SortedSet;

/**
 * What every coverage answer says about itself: the dataset (and whether it is synthetic), the filter in force,
 * the denominator (units in force in the reporting year) and the source line. Adapters put it beside the figures
 * (the JSON envelope, the metadata of a download).
 */
public record CoverageContext(DatasetRef dataset, FilterView filter, Denominator denominator, String source) {

    static final String SOURCE = "Presencia, a partir de los registros del conjunto de datos; límites DANE MGN 2018;"
            + " población DANE proyecciones 2018–2035; PDET ART; ZOMAC MinCIT.";
    static final String SYNTHETIC_NOTE = " Datos sintéticos de demostración.";

    public record DatasetRef(String id, String name, boolean synthetic, Instant lastImportAt) {
    }

    /** The filter in force; {@code sector} is null when the selection takes every sector. */
    public record FilterView(SortedSet<Integer> years, List<String> axes, java.util.Set<String> programs, List<String> sizes,
                             List<String> departments, SectorView sector, int reportingYear) {

        /** A filter of every sector. */
        public FilterView(SortedSet<Integer> years, List<String> axes, java.util.Set<String> programs, List<String> sizes,
                          List<String> departments, int reportingYear) {
            this(years, axes, programs, sizes, departments, null, reportingYear);
        }
    }

    /** The sector(s) of the filter: as the filter names them ({@code C}, {@code ejemplo-ramas-dane:industria}) and their names. */
    public record SectorView(String id, String name) {
    }

    static CoverageContext of(CoverageSelection selection, CoverageCounts counts) {
        var d = selection.dataset();
        var f = selection.filter();
        return new CoverageContext(new DatasetRef(d.id(), d.name(), d.synthetic(), d.lastImportAt()),
                new FilterView(f.years(), f.axes().stream().map(Axis::id).toList(), f.programs(),
                        f.sizes().stream().map(CompanySize::id).toList(),
                        f.departments().stream().map(DepartmentCode::value).sorted().toList(),
                        f.sector() == null ? null : new SectorView(f.sector().id(), f.sector().name()), selection.reportingYear()),
                new Denominator(counts.vintage().size(), counts.vintage().year(), counts.vintage().describe()),
                SOURCE + (d.synthetic() ? SYNTHETIC_NOTE : ""));
    }
}
