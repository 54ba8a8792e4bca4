package co.presencia.bench;

import co.presencia.coverage.CoverageCounts;
import co.presencia.coverage.CoverageFigures;
import co.presencia.coverage.CoverageFilter;
import co.presencia.coverage.CoverageIndex;
import co.presencia.coverage.SectorBreakdown;
import co.presencia.coverage.SectorFigures;
import co.presencia.coverage.SectorFilter;
import co.presencia.intervention.Axis;
import co.presencia.intervention.CompanySize;
import co.presencia.intervention.Intervention;
import co.presencia.intervention.Placement;
import co.presencia.reference.ReferenceDataReader;
import co.presencia.sector.CiiuActivity;
import co.presencia.sector.CiiuClassification;
import co.presencia.sector.CiiuLevel;
import co.presencia.sector.Sector;
import co.presencia.sector.SectorCatalog;
import co.presencia.territory.DepartmentCode;
import co.presencia.territory.GroupSettings;
import co.presencia.territory.Municipality;
import co.presencia.territory.ReferenceCatalog;
import co.presencia.territory.ReferenceFiles;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Benchmark, not a test (run by {@code scripts/bench-coverage}): builds the coverage index over 1,000,000
 * interventions (population-weighted municipalities, 2021–2023, realistic programs, axes and sizes, CIIU classes; fixed
 * seed) and prints p50 and p99 latency, in process, of the headline figures under 20 random filter combinations, of
 * coverage by sector (CIIU sections) under the same filters, and of the headline with a sector filter added.
 *
 * <p>Arguments: shapefiles folder, rows (default 1,000,000), rounds per combination (default 50).
 */
public final class CoverageBenchmark {

    static final String[][] PROGRAMS = {
        {"Fábricas de Productividad y Sostenibilidad", "PRODUCTIVIDAD"}, {"Productividad Verde", "PRODUCTIVIDAD"},
        {"EnCadena", "ENCADENAMIENTOS"}, {"Calidad para la Internacionalización", "CALIDAD"},
        {"Extensionismo en calidad", "CALIDAD"}, {"SENAInnova", "SOFISTICACION"},
        {"Mujeres más Productivas", "ECONOMIA_POPULAR"}, {"Artesanos más Productivos", "ECONOMIA_POPULAR"},
        {"Minicadenas Agroindustriales", "ECONOMIA_POPULAR"}, {"Territorios Clúster", "AGLOMERACIONES"},
        {"Apuestas Productivas", "ESTRATEGIAS_SECTORIALES"}, {"Empretur", "ESTRATEGIAS_SECTORIALES"}};

    private CoverageBenchmark() {
    }

    public static void main(String[] args) {
        Path shapefiles = Path.of(args[0]);
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        ReferenceCatalog catalog = ReferenceDataReader.read(ReferenceFiles.standard(shapefiles), GroupSettings.DEFAULT);
        CiiuClassification ciiu = CiiuClassification.read(shapefiles.resolve(SectorCatalog.CLASSIFICATION_FILE));
        List<Intervention> interventions = generate(catalog, ciiu, rows, 7L);
        long heapBefore = usedHeap();
        long start = System.nanoTime();
        CoverageIndex index = CoverageIndex.build(catalog, sink -> interventions.forEach(sink));
        long buildMillis = (System.nanoTime() - start) / 1_000_000;
        long heapAfter = usedHeap();
        System.out.printf(Locale.ROOT, "rows=%d beneficiaries=%d index_build_ms=%d index_heap_mb~%d%n", index.size(),
                index.beneficiaryCount(), buildMillis, Math.max(0, (heapAfter - heapBefore) / (1024 * 1024)));
        // The first count of a reporting year builds that vintage's cells (VintageCells); later ones only read them.
        start = System.nanoTime();
        index.count(CoverageFilter.ALL, 2023);
        long cellsMillis = (System.nanoTime() - start) / 1_000_000;
        long heapCells = usedHeap();
        System.out.printf(Locale.ROOT, "cells_build_ms=%d cells_heap_mb~%d (first count of a reporting year)%n", cellsMillis,
                Math.max(0, (heapCells - heapAfter) / (1024 * 1024)));

        List<CoverageFilter> filters = randomFilters(catalog, 20, 11L);
        for (CoverageFilter f : filters) {
            headline(index, catalog, f);
        }
        print("headline_latency_ms", time(filters, rounds, f -> headline(index, catalog, f)));
        SectorBreakdown sections = SectorBreakdown.of(new SectorCatalog(ciiu, List.of()).breakdown("section").orElseThrow(), ciiu);
        print("sector_latency_ms", time(filters, rounds, f -> SectorFigures.sectors(index.countBySector(f, f.reportingYear(2023), sections))));
        List<CoverageFilter> withSector = new ArrayList<>();
        for (int i = 0; i < filters.size(); i++) {
            String code = SECTOR_FILTERS[i % SECTOR_FILTERS.length];
            var activity = ciiu.find(code).orElseThrow();
            Sector sector = new Sector(code, activity.title(), new TreeSet<>(ciiu.classesOf(activity).stream().map(CiiuActivity::code).toList()));
            withSector.add(filters.get(i).withSector(SectorFilter.of(code, sector, ciiu)));
        }
        print("headline_with_sector_latency_ms", time(withSector, rounds, f -> headline(index, catalog, f)));
        for (int i = 0; i < filters.size(); i++) {
            System.out.println("filter_" + (i + 1) + "=" + describe(filters.get(i)));
        }
    }

    /** Sector filters added to the 20 combinations in turn: a section, a division, a group. */
    private static final String[] SECTOR_FILTERS = {"C", "10", "G", "471", "A"};

    /** Latencies in milliseconds of {@code rounds} rounds over {@code filters}, after one warm-up round, sorted. */
    static double[] time(List<CoverageFilter> filters, int rounds, java.util.function.Consumer<CoverageFilter> figure) {
        filters.forEach(figure);
        double[] latencies = new double[filters.size() * rounds];
        int n = 0;
        for (int round = 0; round < rounds; round++) {
            for (CoverageFilter f : filters) {
                long t0 = System.nanoTime();
                figure.accept(f);
                latencies[n++] = (System.nanoTime() - t0) / 1e6;
            }
        }
        Arrays.sort(latencies);
        return latencies;
    }

    static void print(String name, double[] latencies) {
        System.out.printf(Locale.ROOT, "%s p50=%.2f p99=%.2f max=%.2f (%d calls, 20 filter combinations, 1 thread)%n", name,
                percentile(latencies, 0.50), percentile(latencies, 0.99), latencies[latencies.length - 1], latencies.length);
    }

    static CoverageFigures.Headline headline(CoverageIndex index, ReferenceCatalog catalog, CoverageFilter filter) {
        CoverageCounts counts = index.count(filter, filter.reportingYear(2023));
        return CoverageFigures.headline(counts, catalog);
    }

    /** Random filter combinations (fixed seed): years, axes, programs, sizes, departments, each present or not. */
    public static List<CoverageFilter> randomFilters(ReferenceCatalog catalog, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<DepartmentCode> departments = catalog.departments().stream().map(d -> d.department().code()).toList();
        List<CoverageFilter> filters = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            CoverageFilter f = CoverageFilter.ofYear(2021 + random.nextInt(3));
            if (random.nextInt(3) == 0) {
                f = f.withYears(Set.of(2022, 2023));
            }
            if (random.nextBoolean()) {
                f = f.withAxes(EnumSet.of(Axis.values()[random.nextInt(Axis.values().length)]));
            }
            if (random.nextInt(4) == 0) {
                f = f.withPrograms(Set.of(PROGRAMS[random.nextInt(PROGRAMS.length)][0]));
            }
            if (random.nextBoolean()) {
                f = f.withSizes(EnumSet.of(CompanySize.MICRO, CompanySize.PEQUENA, CompanySize.MEDIANA));
            }
            if (random.nextInt(3) == 0) {
                f = f.withDepartments(Set.of(departments.get(random.nextInt(departments.size()))));
            }
            filters.add(f);
        }
        return filters;
    }

    static List<Intervention> generate(ReferenceCatalog catalog, CiiuClassification ciiu, int rows, long seed) {
        List<Municipality> units = catalog.vintage(2023).municipalities().stream().map(c -> catalog.municipality(c).orElseThrow()).toList();
        double[] cumulative = new double[units.size()];
        double total = 0;
        for (int i = 0; i < units.size(); i++) {
            total += Math.sqrt(Math.max(1, units.get(i).populationIn(2023).orElse(1L)));
            cumulative[i] = total;
        }
        SplittableRandom random = new SplittableRandom(seed);
        // The activities come from a generator of their own, so the other columns are those of the benchmark before it had them.
        SplittableRandom activities = new SplittableRandom(seed + 1);
        List<CiiuActivity> classes = ciiu.activities(CiiuLevel.CLASS);
        List<Intervention> out = new ArrayList<>(rows);
        int beneficiaries = rows / 2;
        CompanySize[] sizes = CompanySize.values();
        for (int i = 0; i < rows; i++) {
            int index = Arrays.binarySearch(cumulative, random.nextDouble() * total);
            Municipality m = units.get(index < 0 ? -index - 1 : index);
            String[] program = PROGRAMS[random.nextInt(PROGRAMS.length)];
            Axis axis = Axis.valueOf(program[1]);
            CompanySize size = axis == Axis.ECONOMIA_POPULAR ? CompanySize.UNIDAD_PRODUCTIVA : sizes[random.nextInt(4)];
            String code = activities.nextInt(10) == 0 ? null : classes.get(activities.nextInt(classes.size())).code();
            out.add(new Intervention("R" + i, "B" + random.nextInt(beneficiaries), 2021 + random.nextInt(3), program[0], axis, size,
                    m.code(), Placement.CODE, null, null, code, code, null, null, null, i + 2));
        }
        return out;
    }

    static String describe(CoverageFilter f) {
        List<String> parts = new ArrayList<>();
        parts.add("year=" + new TreeSet<>(f.years()));
        if (!f.axes().isEmpty()) {
            parts.add("axis=" + f.axes());
        }
        if (!f.programs().isEmpty()) {
            parts.add("program=" + f.programs());
        }
        if (!f.sizes().isEmpty()) {
            parts.add("size=" + f.sizes());
        }
        if (!f.departments().isEmpty()) {
            parts.add("department=" + f.departments().stream().map(DepartmentCode::value).toList());
        }
        return String.join(" ", parts);
    }

    static double percentile(double[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static long usedHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
