package co.presencia.coverage;

import co.presencia.intervention.Axis;
import co.presencia.intervention.CompanySize;
import co.presencia.intervention.Intervention;
import co.presencia.territory.DepartmentCode;
import co.presencia.territory.DivipolaCode;
import co.presencia.territory.Municipality;
import co.presencia.territory.ReferenceCatalog;
import co.presencia.territory.TerritorialVintage;
import co.presencia.territory.TerritoryGroup;
import co.presencia.text.NameKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * An immutable, dictionary-encoded, columnar snapshot of one dataset's interventions, built for answering coverage
 * figures under any filter: from the precomputed cells of the reporting year's vintage ({@link VintageCells}, built on
 * first use, 0.4–3 s and about 7 MB per million records) when the filter names at most one department, else in one pass
 * over the rows ({@link RecordPass}). Both give the same figures ({@code VintageCellsTest}).
 *
 * <p>Rows are sorted by beneficiary, so distinct beneficiaries (per country, department, municipality, territory) are
 * counted without hash sets: each beneficiary's rows are contiguous. A beneficiary that appears in two municipalities
 * counts once in each and once nationally, so municipal (and departmental) shares can add up to more than 100 %,
 * as the 2023 report's department shares (100.9 %) do.
 *
 * <p>Municipalities are resolved to the units in force in the reporting year ({@link TerritorialVintage#resolve}):
 * a 2018 record in 94663 Mapiripana counts in 94343 Barrancominas when the reporting year is 2023.
 *
 * <p>Columns per row (dictionary-encoded): year, axis, program, company size, municipality, and the CIIU entry the
 * record was coded with ({@link Intervention#ciiu()}, an index into {@link #activityCodes()}; -1 without one). A
 * filter is compiled to lookup tables over these codes ({@link CompiledFilter}); {@link #count} reads the cells, or
 * makes the pass when the filter names a sector or several departments (the cells do not split records by activity),
 * and {@link #countBySector} is the pass that splits the same rows by the sectors of a {@link SectorBreakdown}
 * ({@link SectorPass}). The columns are read by those passes only, never changed after the build.
 */
public final class CoverageIndex {

    private final ReferenceCatalog catalog;
    private final List<Municipality> municipalities;
    private final Map<DivipolaCode, Integer> municipalityIndex;
    private final List<DepartmentCode> departments;
    private final int[] departmentOfMunicipality;
    private final List<String> programNames;
    private final Map<String, Integer> programIndex;
    private final int size;
    private final int[] beneficiaryStart;
    private final short[] year;
    private final byte[] axis;
    private final short[] program;
    private final byte[] companySize;
    private final int[] municipality;
    private final short[] activity;
    private final List<String> activityCodes;
    private final int maxRowsPerBeneficiary;
    private final Map<Integer, int[]> vintageMaps = new ConcurrentHashMap<>();
    private final Combinations combinations;
    private final Map<Integer, VintageCells> cells = new ConcurrentHashMap<>();
    private final Map<Integer, boolean[]> inForce = new ConcurrentHashMap<>();
    private final Map<String, GroupUnits> groupUnits = new ConcurrentHashMap<>();

    private CoverageIndex(ReferenceCatalog catalog, List<Row> rows, List<String> programNames, List<String> activityCodes) {
        this.catalog = catalog;
        this.municipalities = List.copyOf(catalog.municipalities());
        this.municipalityIndex = new HashMap<>();
        for (int i = 0; i < municipalities.size(); i++) {
            municipalityIndex.put(municipalities.get(i).code(), i);
        }
        this.departments = catalog.departments().stream().map(d -> d.department().code()).sorted().toList();
        this.departmentOfMunicipality = new int[municipalities.size()];
        for (int i = 0; i < municipalities.size(); i++) {
            departmentOfMunicipality[i] = departments.indexOf(municipalities.get(i).department().code());
        }
        this.programNames = List.copyOf(programNames);
        this.programIndex = new HashMap<>();
        for (int i = 0; i < programNames.size(); i++) {
            programIndex.put(NameKey.of(programNames.get(i)), i);
        }
        this.activityCodes = List.copyOf(activityCodes);
        rows.sort((a, b) -> a.beneficiary != b.beneficiary ? Integer.compare(a.beneficiary, b.beneficiary)
                : a.year != b.year ? Integer.compare(a.year, b.year) : a.recordId.compareTo(b.recordId));
        this.size = rows.size();
        this.year = new short[size];
        this.axis = new byte[size];
        this.program = new short[size];
        this.companySize = new byte[size];
        this.municipality = new int[size];
        this.activity = new short[size];
        List<Integer> starts = new ArrayList<>();
        int previous = -1;
        for (int i = 0; i < size; i++) {
            Row row = rows.get(i);
            if (row.beneficiary != previous) {
                starts.add(i);
                previous = row.beneficiary;
            }
            year[i] = (short) row.year;
            axis[i] = (byte) (row.axis == null ? -1 : row.axis.ordinal());
            program[i] = (short) row.program;
            companySize[i] = (byte) (row.size == null ? -1 : row.size.ordinal());
            municipality[i] = row.municipality;
            activity[i] = (short) row.activity;
        }
        starts.add(size);
        this.beneficiaryStart = starts.stream().mapToInt(Integer::intValue).toArray();
        int longest = 0;
        for (int b = 0; b + 1 < beneficiaryStart.length; b++) {
            longest = Math.max(longest, beneficiaryStart[b + 1] - beneficiaryStart[b]);
        }
        this.maxRowsPerBeneficiary = longest;
        this.combinations = Combinations.of(size, r -> new int[] {year[r], axis[r], program[r], companySize[r]}, companySize);
    }

    /** Builds the index from a stream of interventions (e.g. {@code InterventionRepository.forEach}). */
    public static CoverageIndex build(ReferenceCatalog catalog, Consumer<Consumer<Intervention>> source) {
        Map<DivipolaCode, Integer> municipalityIndex = new HashMap<>();
        List<Municipality> list = List.copyOf(catalog.municipalities());
        for (int i = 0; i < list.size(); i++) {
            municipalityIndex.put(list.get(i).code(), i);
        }
        Map<String, Integer> beneficiaries = new HashMap<>();
        Map<String, Integer> programs = new LinkedHashMap<>();
        List<String> programNames = new ArrayList<>();
        // A file names a handful of programs a million times: each spelling is folded (NameKey) once.
        Map<String, Integer> programBySpelling = new HashMap<>();
        Map<String, Integer> activities = new HashMap<>();
        List<String> activityCodes = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        source.accept(intervention -> {
            Integer m = municipalityIndex.get(intervention.municipality());
            if (m == null) {
                throw new IllegalArgumentException("Record " + intervention.recordId() + " is placed in "
                        + intervention.municipality() + ", which is not a loaded municipality");
            }
            int beneficiary = beneficiaries.computeIfAbsent(intervention.beneficiaryId(), k -> beneficiaries.size());
            int p = programBySpelling.computeIfAbsent(intervention.program() == null ? "" : intervention.program(), raw -> {
                String programName = raw.strip();
                return programs.computeIfAbsent(NameKey.of(programName), k -> {
                    programNames.add(programName);
                    return programNames.size() - 1;
                });
            });
            int a = intervention.ciiu() == null ? -1 : activities.computeIfAbsent(intervention.ciiu(), k -> {
                activityCodes.add(k);
                return activityCodes.size() - 1;
            });
            rows.add(new Row(intervention.recordId(), beneficiary, intervention.year(), intervention.axis(), p,
                    intervention.size(), m, a));
        });
        if (programNames.size() > Short.MAX_VALUE) {
            throw new IllegalArgumentException("More than " + Short.MAX_VALUE + " distinct programs");
        }
        return new CoverageIndex(catalog, rows, programNames, activityCodes);
    }

    public ReferenceCatalog catalog() {
        return catalog;
    }

    public int size() {
        return size;
    }

    public int beneficiaryCount() {
        return beneficiaryStart.length - 1;
    }

    /** Program names as written in the data (first spelling seen), for filter menus. */
    public List<String> programs() {
        return programNames;
    }

    /** The distinct CIIU codes of the records, as stored ({@code 0111}, {@code 103}, {@code C}); first seen first. */
    public List<String> activityCodes() {
        return activityCodes;
    }

    /** The distinct years present, ascending. */
    public int[] years() {
        return Arrays.stream(toIntArray(year)).distinct().sorted().toArray();
    }

    List<Municipality> municipalities() {
        return municipalities;
    }

    List<DepartmentCode> departmentCodes() {
        return departments;
    }

    int municipalityIndex(DivipolaCode code) {
        Integer i = municipalityIndex.get(code);
        return i == null ? -1 : i;
    }

    int departmentOf(int municipalityIndex) {
        return departmentOfMunicipality[municipalityIndex];
    }

    // For VintageCells: read-only views of the columns (the arrays are never changed after the build).

    int municipalityOf(int row) {
        return municipality[row];
    }

    /** Whether {@code filter} accepts row {@code row}'s year, axis, program, company size and activity. */
    boolean acceptsRow(CompiledFilter filter, int row) {
        return filter.acceptsRecord(year[row], axis[row], program[row], companySize[row], activity[row]);
    }

    /** Row {@code row}'s company size (ordinal), -1 for none. */
    byte sizeOf(int row) {
        return companySize[row];
    }

    /** The kind of record {@code row} is: its year, axis, program and company size as one code. */
    int combination(int row) {
        return combinations.of(row);
    }

    int combinations() {
        return combinations.count();
    }

    /** The company size (ordinal, -1 for none) of each kind of record. */
    byte[] combinationSizes() {
        return combinations.sizes();
    }

    int sizeCount() {
        return CompanySize.values().length;
    }

    /** The municipalities (indexes) of any territory of {@code group}, each once; looked up once per group. */
    int[] municipalitiesOf(TerritoryGroup group) {
        GroupUnits known = groupUnits.get(group.id());
        if (known == null || known.group() != group) {
            known = new GroupUnits(group, group.municipalities().stream().mapToInt(this::municipalityIndex).filter(i -> i >= 0).toArray());
            groupUnits.put(group.id(), known);
        }
        return known.units();
    }

    private record GroupUnits(TerritoryGroup group, int[] units) {
    }

    /** Whether each municipality (index) is a unit in force in {@code vintage} (array lookups instead of set lookups). */
    boolean[] inForce(TerritorialVintage vintage) {
        return inForce.computeIfAbsent(vintage.year(), y -> {
            boolean[] units = new boolean[municipalities.size()];
            for (int i = 0; i < units.length; i++) {
                units[i] = vintage.contains(municipalities.get(i).code());
            }
            return units;
        });
    }

    /** The precomputed counts of the reporting year's vintage, built on first use (years of one vintage share them). */
    private VintageCells cells(int reportingYear) {
        return cells.computeIfAbsent(reportingYear, y -> {
            int[] map = vintageMap(y);
            return cells.values().stream().filter(c -> Arrays.equals(c.inForce(), map)).findFirst()
                    .orElseGet(() -> VintageCells.build(this, map));
        });
    }

    /** Counts every figure's raw material for {@code filter}, in one pass over the rows. */
    public CoverageCounts count(CoverageFilter filter, int reportingYear) {
        return count(filter, reportingYear, null);
    }

    /**
     * As {@link #count(CoverageFilter, int)}, and also distinct beneficiaries and interventions per territory of
     * {@code group} (a beneficiary in two territories counts once in each).
     */
    public CoverageCounts count(CoverageFilter filter, int reportingYear, TerritoryGroup group) {
        CompiledFilter selection = compile(filter);
        if (filter.departments().size() <= 1 && !selection.namesSector()) {
            boolean[] accepted = combinations.accepted(r -> selection.acceptsRecord(year[r], axis[r], program[r], companySize[r]));
            int only = filter.departments().isEmpty() ? -1 : departments.indexOf(filter.departments().iterator().next());
            VintageCells.Tally t = cells(reportingYear).count(accepted, selection.departmentsAccepted(),
                    only == -1 && !filter.departments().isEmpty() ? departments.size() : only, group);
            return new CoverageCounts(this, filter, catalog.vintage(reportingYear), t.beneficiaries(), t.interventions(),
                    t.beneficiariesByMunicipality(), t.interventionsByMunicipality(), t.beneficiariesByDepartment(),
                    t.interventionsByDepartment(), group, t.beneficiariesByTerritory(), t.interventionsByTerritory(), t.sizeCounts());
        }
        return countByPass(filter, reportingYear, group);
    }

    /** As {@link #count(CoverageFilter, int, TerritoryGroup)}, by one pass over the records (any filter). */
    CoverageCounts countByPass(CoverageFilter filter, int reportingYear, TerritoryGroup group) {
        return countByPass(filter, reportingYear, group, -1);
    }

    /**
     * As {@link #count(CoverageFilter, int)} over the records of one unit in force only ({@code unit}): its
     * beneficiaries with the size each last had there (a municipality's mipyme share), by one pass.
     */
    public CoverageCounts countIn(CoverageFilter filter, int reportingYear, DivipolaCode unit) {
        int only = municipalityIndex(unit);
        if (only < 0 || !catalog.vintage(reportingYear).contains(unit)) {
            throw new IllegalArgumentException(unit + " is not a unit in force in " + reportingYear);
        }
        return countByPass(filter, reportingYear, null, only);
    }

    private CoverageCounts countByPass(CoverageFilter filter, int reportingYear, TerritoryGroup group, int onlyUnit) {
        RecordPass pass = new RecordPass(this, compile(filter), vintageMap(reportingYear), group, onlyUnit);
        pass.run();
        return new CoverageCounts(this, filter, catalog.vintage(reportingYear), pass.beneficiaries, pass.interventions,
                pass.beneficiariesByMunicipality, pass.interventionsByMunicipality, pass.beneficiariesByDepartment,
                pass.interventionsByDepartment, group, pass.beneficiariesByTerritory, pass.interventionsByTerritory,
                pass.sizeCounts);
    }

    /**
     * Distinct beneficiaries, interventions, units and departments reached per sector of {@code breakdown} (and per
     * sector and department, per sector and municipality), for the rows {@code filter} selects, in one pass.
     */
    public SectorCounts countBySector(CoverageFilter filter, int reportingYear, SectorBreakdown breakdown) {
        int[] sectorOfActivity = new int[activityCodes.size()];
        for (int a = 0; a < sectorOfActivity.length; a++) {
            sectorOfActivity[a] = breakdown.sectorOf(activityCodes.get(a));
        }
        SectorPass pass = new SectorPass(this, compile(filter), vintageMap(reportingYear), breakdown, sectorOfActivity);
        return pass.run(catalog.vintage(reportingYear));
    }

    private CompiledFilter compile(CoverageFilter filter) {
        return new CompiledFilter(filter, programIndex, programNames.size(), departments, activityCodes);
    }

    // Read-only views of the columns for the passes of this package (SectorPass); the arrays are never changed.

    int[] beneficiaryStarts() {
        return beneficiaryStart;
    }

    int maxRowsPerBeneficiary() {
        return maxRowsPerBeneficiary;
    }

    short[] yearColumn() {
        return year;
    }

    byte[] axisColumn() {
        return axis;
    }

    short[] programColumn() {
        return program;
    }

    byte[] sizeColumn() {
        return companySize;
    }

    int[] municipalityColumn() {
        return municipality;
    }

    short[] activityColumn() {
        return activity;
    }

    int[] departmentOfMunicipality() {
        return departmentOfMunicipality;
    }

    /** Municipality index → index of the unit in force in {@code year} that holds it, or -1. */
    int[] vintageMap(int reportingYear) {
        return vintageMaps.computeIfAbsent(reportingYear, y -> {
            TerritorialVintage vintage = catalog.vintage(y);
            int[] map = new int[municipalities.size()];
            for (int i = 0; i < map.length; i++) {
                map[i] = vintage.resolve(municipalities.get(i).code()).map(municipalityIndex::get).orElse(-1);
            }
            return map;
        });
    }

    private static int[] toIntArray(short[] values) {
        int[] result = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i];
        }
        return result;
    }

    private record Row(String recordId, int beneficiary, int year, Axis axis, int program, CompanySize size, int municipality,
                       int activity) {
    }
}
