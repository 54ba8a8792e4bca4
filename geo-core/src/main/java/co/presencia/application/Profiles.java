package co.presencia.application;

import co.presencia.application.Profile.Breakdown;
import co.presencia.application.Profile.DepartmentContext;
import co.presencia.application.Profile.UnreachedUnit;
import co.presencia.application.Profile.YearFigures;
import co.presencia.application.TerritoryFigures.Totals;
import co.presencia.coverage.CoverageCounts;
import co.presencia.coverage.CoverageFigures;
import co.presencia.coverage.CoverageFigures.Headline;
import co.presencia.coverage.CoverageFilter;
import co.presencia.coverage.CoverageSelection;
import co.presencia.error.InvalidParameterException;
import co.presencia.intervention.Axis;
import co.presencia.map.ChoroplethMap;
import co.presencia.map.ChoroplethRenderer;
import co.presencia.map.ClassificationMethod;
import co.presencia.map.ColorRamp;
import co.presencia.map.MapFeature;
import co.presencia.map.ProjectedUnitsCache;
import co.presencia.territory.DepartmentBoundary;
import co.presencia.territory.DepartmentCode;
import co.presencia.territory.DivipolaCode;
import co.presencia.territory.Municipality;
import co.presencia.territory.ReferenceCatalog;
import co.presencia.territory.TerritorialVintage;
import co.presencia.text.NameKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Territory profiles (issue 9 §2): a department's (2-digit code) or a municipality's (5-digit code) figures over its
 * own denominators, beside the national figures of the same selection, with the programs and axes present, the years
 * of the dataset as a series, the unreached units, the groups and the neighbours ({@link Profile}). The selection's
 * own {@code department} filter is replaced by the territory's department. A profile is computed once per selection
 * and kept in the one cache of {@link Datasets}; its map is drawn by the static map renderer.
 */
public final class Profiles {

    private static final Pattern DEPARTMENT = Pattern.compile("\\d{2}");
    private static final Pattern MUNICIPALITY = Pattern.compile("\\d{5}");

    private final Datasets datasets;
    private final CoverageQueries coverage;
    private final ReferenceTerritory territory;
    private final ProfileContext context;
    private final ProfileEconomy economy;
    private final ChoroplethRenderer renderer = new ChoroplethRenderer(new ProjectedUnitsCache(8));

    Profiles(Datasets datasets, CoverageQueries coverage, ReferenceTerritory territory, ProfileEconomy economy) {
        this.datasets = datasets;
        this.coverage = coverage;
        this.territory = territory;
        this.context = new ProfileContext(territory);
        this.economy = economy;
    }

    /** Which territory a code names: a department, or a municipality and its department. */
    record Target(Profile.Kind kind, DepartmentCode department, DivipolaCode municipality, String name) {
        String code() {
            return kind == Profile.Kind.DEPARTMENT ? department.value() : municipality.value();
        }
    }

    /** The profile of the territory {@code code} under {@code selection} (its department filter is ignored). */
    public Profile profile(String code, CoverageSelection selection) {
        Target target = target(code);
        CoverageSelection national = selection.withFilter(selection.filter().withDepartments(Set.of()));
        return datasets.remember(national, "profile:" + target.code(), () -> compute(target, national));
    }

    /** The territory a code names; a malformed code is an invalid {@code code}, an unknown one is not found. */
    Target target(String code) {
        String text = code == null ? "" : code.strip();
        if (DEPARTMENT.matcher(text).matches()) {
            DepartmentBoundary d = territory.department(new DepartmentCode(text));
            return new Target(Profile.Kind.DEPARTMENT, d.department().code(), null, d.department().name());
        }
        if (MUNICIPALITY.matcher(text).matches()) {
            Municipality m = territory.municipality(new DivipolaCode(text));
            return new Target(Profile.Kind.MUNICIPALITY, m.department().code(), m.code(), m.name());
        }
        throw new InvalidParameterException("code", "profile.code.invalid", text);
    }

    private Profile compute(Target target, CoverageSelection national) {
        ReferenceCatalog catalog = territory.catalog();
        int year = national.reportingYear();
        TerritorialVintage vintage = catalog.vintage(year);
        if (target.municipality() != null && !vintage.contains(target.municipality())) {
            throw new InvalidParameterException("year", "profile.notInForce", target.code(), String.valueOf(year));
        }
        CoverageSelection inDepartment = national.withFilter(national.filter().withDepartments(Set.of(target.department())));
        CoverageCounts nationalCounts = coverage.counts(national);
        CoverageCounts departmentCounts = coverage.counts(inDepartment);
        SortedSet<DivipolaCode> departmentUnits = unitsOf(vintage, target.department());
        String departmentName = catalog.department(target.department()).orElseThrow().department().name();
        Headline departmentHeadline = TerritoryFigures.headline(departmentCounts, catalog, departmentUnits, departmentName,
                new Totals(departmentCounts.beneficiaries(), departmentCounts.interventions(), departmentCounts.interventions() > 0,
                        TerritoryFigures.share(departmentCounts.concentration(CoverageFigures.DEFAULT_TOP)),
                        TerritoryFigures.share(departmentCounts.mipymeShare())));
        Headline headline = departmentHeadline;
        DepartmentContext department = null;
        List<UnreachedUnit> unreached = List.of();
        SortedSet<DivipolaCode> units = departmentUnits;
        if (target.kind() == Profile.Kind.MUNICIPALITY) {
            DivipolaCode m = target.municipality();
            units = new TreeSet<>(Set.of(m));
            boolean reached = departmentCounts.reached(m);
            // The mipyme share from the municipality's own records; the top-10 concentration of one unit is no figure.
            CoverageCounts unitCounts = datasets.countsIn(inDepartment, m);
            headline = TerritoryFigures.headline(departmentCounts, catalog, units, target.name(),
                    new Totals(departmentCounts.beneficiariesIn(m), departmentCounts.interventionsIn(m), reached, null,
                            TerritoryFigures.share(unitCounts.mipymeShare())));
            department = new DepartmentContext(target.department().value(), departmentName, departmentHeadline);
        } else {
            unreached = unreached(departmentCounts, departmentUnits);
        }
        return new Profile(coverage.context(national), context.info(target, units, nationalCounts, year), headline,
                coverage.headline(national), department, programs(target, inDepartment), axes(target, inDepartment),
                years(target, inDepartment), unreached, coverage.municipalities(inDepartment, false).rows(),
                economy.sections(target, inDepartment), economy.of(target, units, national, nationalCounts, headline.beneficiaries()));
    }

    private static SortedSet<DivipolaCode> unitsOf(TerritorialVintage vintage, DepartmentCode department) {
        return vintage.municipalities().stream().filter(c -> c.departmentCode().equals(department.value()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private List<UnreachedUnit> unreached(CoverageCounts counts, SortedSet<DivipolaCode> units) {
        ReferenceCatalog catalog = territory.catalog();
        Set<DivipolaCode> pdet = catalog.group("pdet").map(g -> (Set<DivipolaCode>) g.municipalities()).orElse(Set.of());
        Set<DivipolaCode> zomac = catalog.group("zomac").map(g -> (Set<DivipolaCode>) g.municipalities()).orElse(Set.of());
        int year = counts.vintage().year();
        return units.stream().filter(c -> !counts.reached(c)).map(c -> catalog.municipality(c).orElseThrow())
                .map(m -> new UnreachedUnit(m.code().value(), m.name(), m.populationIn(year).orElse(null),
                        pdet.contains(m.code()), zomac.contains(m.code())))
                .sorted(Comparator.comparing((UnreachedUnit u) -> u.population() == null ? 0L : -u.population())
                        .thenComparing(UnreachedUnit::code))
                .toList();
    }

    /** The programs of the dataset (only the selection's, when it names some) with records in the territory. */
    private List<Breakdown> programs(Target target, CoverageSelection inDepartment) {
        CoverageFilter filter = inDepartment.filter();
        Set<String> wanted = filter.programs().stream().map(NameKey::of).collect(Collectors.toSet());
        List<Breakdown> rows = new ArrayList<>();
        for (String program : inDepartment.index().programs()) {
            if (wanted.isEmpty() || wanted.contains(NameKey.of(program))) {
                add(rows, program, program, target, inDepartment, filter.withPrograms(Set.of(program)));
            }
        }
        return sorted(rows);
    }

    /** The axes (only the selection's, when it names some) with records in the territory. */
    private List<Breakdown> axes(Target target, CoverageSelection inDepartment) {
        CoverageFilter filter = inDepartment.filter();
        Set<Axis> axes = filter.axes().isEmpty() ? EnumSet.allOf(Axis.class) : filter.axes();
        List<Breakdown> rows = new ArrayList<>();
        for (Axis axis : axes) {
            add(rows, axis.id(), axis.label(), target, inDepartment, filter.withAxes(Set.of(axis)));
        }
        return sorted(rows);
    }

    private static void add(List<Breakdown> rows, String id, String name, Target target, CoverageSelection selection,
                            CoverageFilter filter) {
        CoverageCounts counts = selection.index().count(filter, selection.reportingYear());
        int beneficiaries = target.municipality() == null ? counts.beneficiaries() : counts.beneficiariesIn(target.municipality());
        int interventions = target.municipality() == null ? counts.interventions() : counts.interventionsIn(target.municipality());
        if (interventions > 0) {
            rows.add(new Breakdown(id, name, beneficiaries, interventions));
        }
    }

    private static List<Breakdown> sorted(List<Breakdown> rows) {
        rows.sort(Comparator.comparingInt(Breakdown::beneficiaries).reversed().thenComparing(Breakdown::name));
        return List.copyOf(rows);
    }

    /** Each year of the dataset under the selection's other filters, over the units in force that year. */
    private List<YearFigures> years(Target target, CoverageSelection inDepartment) {
        List<YearFigures> series = new ArrayList<>();
        for (int y : inDepartment.index().years()) {
            CoverageCounts counts = inDepartment.index().count(inDepartment.filter().withYears(Set.of(y)), y);
            if (target.municipality() == null) {
                SortedSet<DivipolaCode> units = unitsOf(counts.vintage(), target.department());
                series.add(new YearFigures(y, counts.beneficiaries(), counts.interventions(),
                        TerritoryFigures.reach(counts.reachedAmong(units))));
            } else {
                DivipolaCode m = target.municipality();
                series.add(new YearFigures(y, counts.beneficiariesIn(m), counts.interventionsIn(m),
                        TerritoryFigures.reach(counts.reachedAmong(Set.of(m)))));
            }
        }
        return List.copyOf(series);
    }

    /** Words of the profile's map, in the reader's language. */
    public record MapText(String title, String subtitle, String legendTitle, String source) {
    }

    /**
     * The profile's map as PNG: the department's units (a municipality's department) coloured by distinct
     * beneficiaries, five quantile classes of the shared viridis ramp, drawn by the static map renderer.
     */
    public byte[] mapPng(Profile profile, MapText text, int width) {
        ReferenceCatalog catalog = territory.catalog();
        List<MapFeature> features = new ArrayList<>();
        for (CoverageFigures.MunicipalityRow row : profile.municipalities()) {
            Municipality m = catalog.municipality(new DivipolaCode(row.code())).orElseThrow();
            if (m.geometry() != null) {
                features.add(new MapFeature(row.code(), m.department().code().value(), m.geometry(), (double) row.beneficiaries()));
            }
        }
        return renderer.png(new ChoroplethMap(text.title(), text.subtitle(), text.legendTitle(), text.source(), features,
                ClassificationMethod.QUANTILES, 5, ColorRamp.parse("viridis"), width));
    }
}
