package co.presencia.territory;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** DANE population projections for one unit, by year (2005–2035 in the current series). Immutable. */
public final class PopulationSeries {

    public static final PopulationSeries EMPTY = new PopulationSeries(Map.of());

    private final Map<Integer, Long> byYear;

    public PopulationSeries(Map<Integer, Long> byYear) {
        this.byYear = Collections.unmodifiableMap(new TreeMap<>(byYear));
    }

    public Optional<Long> in(int year) {
        return Optional.ofNullable(byYear.get(year));
    }

    public Map<Integer, Long> byYear() {
        return byYear;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PopulationSeries other && other.byYear.equals(byYear);
    }

    @Override
    public int hashCode() {
        return byYear.hashCode();
    }

    @Override
    public String toString() {
        return "PopulationSeries" + byYear;
    }
}
