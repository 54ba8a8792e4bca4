package co.presencia.coverage;

import co.presencia.error.InvalidParameterException;
import java.util.Objects;

/**
 * A territorial target of a plan: an indicator for a period (reporting year) and a filter, with the value to reach
 * ("10 % of interventions in ECB territories in 2023", "80 companies assisted by cluster initiatives").
 * Reaching the value or more meets the target. Every field is checked when the target is made, against the limits
 * below (a refusal names the field), so a target that exists can always be stored.
 *
 * @param id     stable identifier (letters, digits, '-')
 * @param name   as the plan writes it
 * @param group  territory group id for indicators that need one, else null
 * @param filter the interventions counted; its years are the period
 * @param value  what to reach: finite and not negative, at most 100 for a percent indicator
 */
public record Target(String id, String name, Indicator indicator, String group, CoverageFilter filter, double value,
                     String dataset) {

    /** Longest name, as the store keeps it. */
    public static final int MAX_NAME = 300;
    /** Longest group or dataset id. */
    public static final int MAX_REFERENCE = 64;
    /** Most years in a period (the store keeps them as one text of 200 characters). */
    public static final int MAX_YEARS = 40;
    /** Most characters of programs, all together. */
    public static final int MAX_PROGRAMS = 4000;

    public Target {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(filter, "filter");
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9-]{0,63}")) {
            throw new InvalidParameterException("id", "target.id.invalid", id);
        }
        requireText("name", name, MAX_NAME);
        requireText("group", group, MAX_REFERENCE);
        requireText("dataset", dataset, MAX_REFERENCE);
        if (!Double.isFinite(value) || value < 0) {
            throw new InvalidParameterException("value", "target.value.invalid", String.valueOf(value));
        }
        if (indicator.isPercent() && value > 100) {
            throw new InvalidParameterException("value", "target.value.percent", indicator.name(), String.valueOf(value));
        }
        if (filter.years().size() > MAX_YEARS) {
            throw new InvalidParameterException("year", "target.years.tooMany", MAX_YEARS);
        }
        if (filter.programs().stream().mapToInt(p -> p.length() + 1).sum() > MAX_PROGRAMS) {
            throw new InvalidParameterException("program", "target.programs.tooLong", MAX_PROGRAMS);
        }
        if (indicator.needsGroup() && (group == null || group.isBlank())) {
            throw new InvalidParameterException("group", "target.group.required", indicator.name());
        }
        if (filter.years().isEmpty()) {
            throw new InvalidParameterException("year", "target.year.required", id);
        }
    }

    /** A free text of at most {@code max} characters without control characters (null allowed). */
    private static void requireText(String field, String text, int max) {
        if (text != null && (text.length() > max || text.chars().anyMatch(Character::isISOControl))) {
            throw new InvalidParameterException(field, "target.text.invalid", field, max);
        }
    }
}
