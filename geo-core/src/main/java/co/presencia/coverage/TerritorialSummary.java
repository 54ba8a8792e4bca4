package co.presencia.coverage;

import co.presencia.coverage.CoverageFigures.DepartmentRow;
import co.presencia.coverage.CoverageFigures.GroupReach;
import co.presencia.coverage.CoverageFigures.Headline;
import co.presencia.intervention.Axis;
import co.presencia.territory.GroupKind;
import co.presencia.territory.Municipality;
import co.presencia.territory.ReferenceCatalog;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Writes the territorial paragraphs of a management report from the figures, in Spanish or English, in the style
 * of the 2023 report ("En 2023 … se beneficiaron 615 municipios (54,9 % del total), de los cuales 114 son PDET …").
 * Every number comes from {@link CoverageCounts}; nothing is typed in.
 */
public final class TerritorialSummary {

    private TerritorialSummary() {
    }

    public enum Language { ES, EN }

    public record Summary(String language, int year, List<String> paragraphs) {
        public String text() {
            return String.join("\n\n", paragraphs);
        }
    }

    public static Summary write(CoverageIndex index, CoverageFilter filter, int defaultYear, String datasetName, Language language) {
        int year = filter.reportingYear(defaultYear);
        ReferenceCatalog catalog = index.catalog();
        CoverageCounts counts = index.count(filter, year);
        NumberWording n = language == Language.ES ? NumberWording.ES : NumberWording.EN;
        boolean es = language == Language.ES;
        List<String> paragraphs = new ArrayList<>();
        if (counts.interventions() == 0) {
            paragraphs.add(es ? "No hay intervenciones que cumplan el filtro en " + year + "."
                    : "No intervention matches the filter in " + year + ".");
            return new Summary(language.name().toLowerCase(Locale.ROOT), year, paragraphs);
        }
        Headline h = CoverageFigures.headline(counts, catalog);
        String place = filter.departments().size() == 1
                ? catalog.department(filter.departments().iterator().next()).map(d -> d.department().name()).orElse(null) : null;
        paragraphs.add(opening(h, datasetName, place, n, es));
        String departments = departmentsParagraph(counts, catalog, n, es);
        if (!departments.isEmpty()) {
            paragraphs.add(departments);
        }
        paragraphs.add(municipalitiesParagraph(counts, n, es));
        for (GroupReach g : h.groups()) {
            if (GroupKind.valueOf(g.kind()) == GroupKind.USER_DEFINED && g.territories().of() > 0) {
                paragraphs.add(es
                        ? "Se cubrieron " + g.territories().reached() + " de los " + g.territories().of() + " territorios de "
                          + g.name() + " (" + n.percent(g.territories().share()) + "); el " + n.percent(g.focusInterventions().share())
                          + " de las intervenciones se ubicó en ellos."
                        : g.territories().reached() + " of the " + g.territories().of() + " " + g.name() + " territories were covered ("
                          + n.percent(g.territories().share()) + "); " + n.percent(g.focusInterventions().share())
                          + " of the interventions took place in them.");
            }
        }
        if (filter.axes().isEmpty()) {
            for (Axis axis : Axis.values()) {
                CoverageFilter byAxis = filter.withAxes(EnumSet.of(axis));
                CoverageCounts axisCounts = index.count(byAxis, year);
                if (axisCounts.interventions() > 0) {
                    paragraphs.add(axisParagraph(axis, CoverageFigures.headline(axisCounts, catalog), n, es));
                }
            }
        }
        return new Summary(language.name().toLowerCase(Locale.ROOT), year, paragraphs);
    }

    private static String opening(Headline h, String datasetName, String place, NumberWording n, boolean es) {
        StringBuilder text = new StringBuilder();
        if (es) {
            text.append("En ").append(h.year()).append(place == null ? "" : " y en " + place).append(", ")
                    .append(datasetName == null ? "los instrumentos" : "los instrumentos del conjunto «" + datasetName + "»")
                    .append(" llegaron a ").append(n.count(h.beneficiaries(), "beneficiario", "beneficiarios")).append(" mediante ")
                    .append(n.count(h.interventions(), "intervención", "intervenciones")).append(" en ")
                    .append(n.count(h.municipalities().reached(), "municipio", "municipios")).append(" (")
                    .append(n.percent(h.municipalities().share())).append(" de los ").append(n.integer(h.denominator().units()))
                    .append(" municipios y áreas no municipalizadas vigentes) de ")
                    .append(n.count(h.departments().reached(), "departamento", "departamentos")).append('.');
            if (h.pdetMunicipalities() != null && h.populationBand() != null) {
                int pdet = h.pdetMunicipalities().reached();
                int band = h.populationBand().reached();
                text.append(" De estos municipios, ").append(n.integer(pdet)).append(pdet == 1 ? " es PDET y " : " son PDET y ")
                        .append(n.integer(band)).append(band == 1 ? " tiene" : " tienen").append(" menos de 200.000 habitantes.");
            }
            if (h.mipyme().of() > 0) {
                text.append(" El ").append(n.percent(h.mipyme().share())).append(" de las empresas beneficiarias son mipymes.");
            }
        } else {
            text.append("In ").append(h.year()).append(place == null ? "" : " and in " + place).append(", ")
                    .append(datasetName == null ? "the instruments" : "the instruments of the dataset “" + datasetName + "”")
                    .append(" reached ").append(n.count(h.beneficiaries(), "beneficiary", "beneficiaries")).append(" through ")
                    .append(n.count(h.interventions(), "intervention", "interventions")).append(" in ")
                    .append(n.count(h.municipalities().reached(), "municipality", "municipalities")).append(" (")
                    .append(n.percent(h.municipalities().share())).append(" of the ").append(n.integer(h.denominator().units()))
                    .append(" units in force) in ").append(n.count(h.departments().reached(), "department", "departments")).append('.');
            if (h.pdetMunicipalities() != null && h.populationBand() != null) {
                int pdet = h.pdetMunicipalities().reached();
                int band = h.populationBand().reached();
                text.append(" Of these municipalities, ").append(n.integer(pdet)).append(pdet == 1 ? " is PDET and " : " are PDET and ")
                        .append(n.integer(band)).append(band == 1 ? " has" : " have").append(" fewer than 200,000 inhabitants.");
            }
            if (h.mipyme().of() > 0) {
                text.append(" ").append(n.percent(h.mipyme().share())).append(" of the beneficiary companies are MSMEs (mipymes).");
            }
        }
        return text.toString();
    }

    private static String departmentsParagraph(CoverageCounts counts, ReferenceCatalog catalog, NumberWording n, boolean es) {
        List<DepartmentRow> rows = CoverageFigures.departments(counts, catalog).stream().filter(r -> r.beneficiaries() > 0).toList();
        if (rows.size() < 2) {
            return "";
        }
        int top = Math.min(6, rows.size());
        List<String> named = new ArrayList<>();
        int topSum = 0;
        for (int i = 0; i < top; i++) {
            named.add(rows.get(i).name() + " (" + n.percent(rows.get(i).share()) + ")");
            topSum += rows.get(i).beneficiaries();
        }
        int restSum = rows.subList(top, rows.size()).stream().mapToInt(DepartmentRow::beneficiaries).sum();
        double topShare = (double) topSum / counts.beneficiaries();
        double restShare = (double) restSum / counts.beneficiaries();
        int rest = rows.size() - top;
        if (es) {
            String text = "Los " + top + " departamentos con más beneficiarios fueron " + n.list(named) + ": en conjunto, el "
                    + n.percent(topShare) + " del total";
            return rest > 0 ? text + "; los otros " + rest + " departamentos beneficiados agruparon el " + n.percent(restShare) + "."
                    : text + ".";
        }
        String text = "The " + top + " departments with the most beneficiaries were " + n.list(named) + ": together "
                + n.percent(topShare) + " of the total";
        return rest > 0 ? text + "; the other " + rest + " departments reached held " + n.percent(restShare) + "." : text + ".";
    }

    private static String municipalitiesParagraph(CoverageCounts counts, NumberWording n, boolean es) {
        List<Municipality> ranked = counts.rankedMunicipalities();
        int top = Math.min(CoverageFigures.DEFAULT_TOP, ranked.size());
        List<String> names = ranked.subList(0, top).stream().map(Municipality::name).toList();
        String share = n.percent(counts.concentration(top).share());
        return es ? "Los municipios con más beneficiarios fueron " + n.list(names) + " (" + share + " del total de beneficiarios)."
                : "The municipalities with the most beneficiaries were " + n.list(names) + " (" + share + " of all beneficiaries).";
    }

    private static String axisParagraph(Axis axis, Headline h, NumberWording n, boolean es) {
        StringBuilder text = new StringBuilder(axis.label()).append(": ");
        if (es) {
            if (h.mipyme().of() > 0) {
                text.append("el ").append(n.percent(h.mipyme().share())).append(" de las empresas son mipymes, ");
            }
            text.append("en ").append(n.count(h.municipalities().reached(), "municipio", "municipios")).append(" de ")
                    .append(n.count(h.departments().reached(), "departamento", "departamentos"));
            if (h.pdetMunicipalities() != null && h.populationBand() != null) {
                text.append("; ").append(n.integer(h.pdetMunicipalities().reached())).append(" municipios PDET y ")
                        .append(n.integer(h.populationBand().reached())).append(" con menos de 200.000 habitantes");
            }
        } else {
            if (h.mipyme().of() > 0) {
                text.append(n.percent(h.mipyme().share())).append(" of the companies are MSMEs, ");
            }
            text.append("in ").append(n.count(h.municipalities().reached(), "municipality", "municipalities")).append(" of ")
                    .append(n.count(h.departments().reached(), "department", "departments"));
            if (h.pdetMunicipalities() != null && h.populationBand() != null) {
                text.append("; ").append(n.integer(h.pdetMunicipalities().reached())).append(" PDET municipalities and ")
                        .append(n.integer(h.populationBand().reached())).append(" under 200,000 inhabitants");
            }
        }
        for (GroupReach g : h.groups()) {
            if (GroupKind.valueOf(g.kind()) == GroupKind.USER_DEFINED && g.territories().of() > 0) {
                text.append(es ? "; " + n.percent(g.territories().share()) + " de los territorios " + g.name()
                        : "; " + n.percent(g.territories().share()) + " of the " + g.name() + " territories");
            }
        }
        return text.append('.').toString();
    }

}
