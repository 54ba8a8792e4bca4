package co.presencia.economy;

import co.presencia.territory.DivipolaCode;
import java.util.List;

/**
 * A municipality's value added, latest year first, each year with its weight in the department and the nation.
 *
 * @param code  the unit
 * @param years one entry per year with data, latest first
 */
public record MunicipalEconomy(DivipolaCode code, List<Year> years) {

    public MunicipalEconomy {
        years = List.copyOf(years);
        if (years.isEmpty()) {
            throw new IllegalArgumentException("No years for " + code);
        }
    }

    /** The latest year with data. */
    public Year latest() {
        return years.get(0);
    }

    /**
     * One year.
     *
     * @param valueAdded        value added and its structure
     * @param shareOfDepartment fraction of the sum over the department's municipalities
     * @param shareOfNation     fraction of the sum over every municipality
     * @param source            e.g. "DANE, valor agregado municipal 2022p"
     */
    public record Year(ValueAdded valueAdded, double shareOfDepartment, double shareOfNation, String source) {
    }
}
