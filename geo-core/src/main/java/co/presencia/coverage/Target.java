package co.presencia.coverage;

import co.presencia.error.InvalidParameterException;
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
            throw new InvalidParameterException("id", "target.id.invalid", id);
        }
        if (indicator.needsGroup() && (group == null || group.isBlank())) {
            throw new InvalidParameterException("group", "target.group.required", indicator.name());
        }
        if (filter.years().isEmpty()) {
            throw new InvalidParameterException("year", "target.year.required", id);
        }
    }
}
