package co.presencia.coverage;

import java.util.Objects;

/**
 * A territorial target of a plan: an indicator for a period (reporting year) and a filter, with the value to reach
 * ("10 % of interventions in ECB territories in 2023", "80 companies assisted by cluster initiatives").
 * Reaching the value or more meets the target.
 *
 * @param id     stable identifier (letters, digits, '-')
 * @param name   as the plan writes it
 * @param group  territory group id for indicators that need one, else null
 * @param filter the interventions counted; its years are the period
 */
public record Target(String id, String name, Indicator indicator, String group, CoverageFilter filter, double value,
                     String dataset) {
    public Target {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(filter, "filter");
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9-]{0,63}")) {
            throw new IllegalArgumentException("Target id '" + id + "' must be letters, digits and '-' (64 at most)");
        }
        if (indicator.needsGroup() && (group == null || group.isBlank())) {
            throw new IllegalArgumentException("Indicator " + indicator + " needs a territory group");
        }
        if (filter.years().isEmpty()) {
            throw new IllegalArgumentException("Target " + id + " needs a period (year)");
        }
    }
}
