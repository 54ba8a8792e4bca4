package co.presencia.coverage;

import co.presencia.coverage.CoverageFigures.Headline;
import java.util.ArrayList;
import java.util.List;

/** The same headline figures for two periods and the change between them. */
public record YearOverYear(int from, int to, List<Change> changes) {

    /** One figure: before, after, absolute change and relative change (null when before is 0). */
    public record Change(String figure, Double before, Double after, Double change, Double relativeChange) {
    }

    public static YearOverYear of(Headline before, Headline after) {
        List<Change> changes = new ArrayList<>();
        add(changes, "beneficiaries", before.beneficiaries(), after.beneficiaries());
        add(changes, "interventions", before.interventions(), after.interventions());
        add(changes, "municipalities", before.municipalities().reached(), after.municipalities().reached());
        add(changes, "municipalitiesShare", before.municipalities().share(), after.municipalities().share());
        add(changes, "departments", before.departments().reached(), after.departments().reached());
        if (before.pdetMunicipalities() != null && after.pdetMunicipalities() != null) {
            add(changes, "pdetMunicipalities", before.pdetMunicipalities().reached(), after.pdetMunicipalities().reached());
        }
        if (before.zomacMunicipalities() != null && after.zomacMunicipalities() != null) {
            add(changes, "zomacMunicipalities", before.zomacMunicipalities().reached(), after.zomacMunicipalities().reached());
        }
        if (before.populationBand() != null && after.populationBand() != null) {
            add(changes, "populationBand", before.populationBand().reached(), after.populationBand().reached());
        }
        add(changes, "mipymeShare", before.mipyme().share(), after.mipyme().share());
        add(changes, "concentrationTop10", before.concentrationTop10().share(), after.concentrationTop10().share());
        return new YearOverYear(before.year(), after.year(), changes);
    }

    private static void add(List<Change> changes, String figure, Number before, Number after) {
        Double b = before == null ? null : before.doubleValue();
        Double a = after == null ? null : after.doubleValue();
        Double change = a == null || b == null ? null : a - b;
        Double relative = change == null || b == 0 ? null : change / b;
        changes.add(new Change(figure, b, a, change, relative));
    }
}
