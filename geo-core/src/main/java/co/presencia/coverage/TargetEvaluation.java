package co.presencia.coverage;

import co.presencia.territory.ReferenceCatalog;
import co.presencia.territory.TerritoryGroup;
import java.util.Optional;

/**
 * A target's achieved value and status, in the shape of the sector plan's table (meta, avance, estado).
 *
 * @param achieved null when there is no data
 * @param reason   why the status is NO_DATA, else null
 */
public record TargetEvaluation(Target target, Double achieved, Status status, String reason) {

    public enum Status { MET, NOT_MET, NO_DATA }

    /** Evaluates {@code target} on the index of its dataset. */
    public static TargetEvaluation evaluate(Target target, CoverageIndex index) {
        ReferenceCatalog catalog = index.catalog();
        Optional<TerritoryGroup> group = target.group() == null ? Optional.empty() : catalog.group(target.group());
        if (target.indicator().needsGroup() && group.isEmpty()) {
            return new TargetEvaluation(target, null, Status.NO_DATA,
                    "El grupo territorial '" + target.group() + "' no está cargado");
        }
        CoverageCounts counts = index.count(target.filter(), target.filter().years().last());
        if (counts.interventions() == 0) {
            return new TargetEvaluation(target, null, Status.NO_DATA, "Ninguna intervención cumple el filtro en el periodo");
        }
        Double achieved = switch (target.indicator()) {
            case BENEFICIARIES -> (double) counts.beneficiaries();
            case INTERVENTIONS -> (double) counts.interventions();
            case MUNICIPALITIES_REACHED -> (double) counts.municipalitiesReached();
            case MUNICIPALITIES_REACHED_PERCENT -> percent(counts.municipalitiesReached(), counts.vintage().size());
            case DEPARTMENTS_REACHED -> (double) counts.departmentsReached();
            case GROUP_MUNICIPALITIES_REACHED -> (double) counts.reachedAmong(group.orElseThrow().municipalities()).count();
            case GROUP_TERRITORIES_REACHED -> (double) CoverageFigures.territoriesReached(counts, group.orElseThrow()).reached();
            case GROUP_TERRITORIES_REACHED_PERCENT -> {
                CoverageFigures.Reach reach = CoverageFigures.territoriesReached(counts, group.orElseThrow());
                yield percent(reach.reached(), reach.of());
            }
            case FOCUS_PERCENT -> {
                CoverageCounts.Ratio focus = counts.interventionsAmong(group.orElseThrow().municipalities());
                yield percent(focus.count(), focus.of());
            }
            case MIPYME_PERCENT -> {
                CoverageCounts.Ratio mipyme = counts.mipymeShare();
                yield percent(mipyme.count(), mipyme.of());
            }
        };
        if (achieved == null) {
            return new TargetEvaluation(target, null, Status.NO_DATA, "El denominador es cero");
        }
        return new TargetEvaluation(target, achieved, achieved >= target.value() ? Status.MET : Status.NOT_MET, null);
    }

    private static Double percent(int count, int of) {
        return of == 0 ? null : 100.0 * count / of;
    }
}
