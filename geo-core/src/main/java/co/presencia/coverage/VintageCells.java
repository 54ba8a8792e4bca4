package co.presencia.coverage;

import co.presencia.territory.TerritoryGroup;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The coverage counts of one index under one territorial vintage, precomputed so that a request costs about the same
 * whatever it selects: per municipality in force, per department and for the country, how many beneficiaries have
 * each sequence of record kinds ({@link CoverageIndex#combination}: year, axis, program, company size) there
 * ({@link UnitCells}, {@link Sequences}). A request evaluates each distinct sequence once — reached if one of its
 * records is accepted, with the accepted records and the company size of the last accepted one — and adds up the
 * cells of the units it accepts. The figures are those of a pass over the records by construction: a beneficiary
 * counts once in each unit where one of its accepted records lies, its records are counted in their unit, and its
 * company size is that of its last accepted record with one, in record order.
 *
 * <p>Territory groups (PDET subregions, ...) get cells of their own on first use, over record kinds and departments,
 * so a department filter applies inside a territory that spans departments. A filter naming two or more departments
 * is not answered here (a beneficiary in two of them counts once nationally): {@link CoverageIndex} counts it with
 * its pass over the records.
 */
final class VintageCells {

    private final CoverageIndex index;
    private final int[] toInForce;
    private final Sequences local;
    private final Sequences national;
    private final UnitCells municipalities;
    private final UnitCells departments;
    private final UnitCells country;
    private final Map<String, GroupCells> groups = new ConcurrentHashMap<>();

    /** The counts of one request, in the shape of a pass over the records. */
    record Tally(int beneficiaries, int interventions, int[] beneficiariesByMunicipality, int[] interventionsByMunicipality,
                 int[] beneficiariesByDepartment, int[] interventionsByDepartment, int[] beneficiariesByTerritory,
                 int[] interventionsByTerritory, int[] sizeCounts) {
    }

    private record GroupCells(TerritoryGroup group, Sequences sequences, UnitCells territories, byte[] sizes) {
    }

    private VintageCells(CoverageIndex index, int[] toInForce, Sequences local, Sequences national, UnitCells municipalities,
                         UnitCells departments, UnitCells country) {
        this.index = index;
        this.toInForce = toInForce;
        this.local = local;
        this.national = national;
        this.municipalities = municipalities;
        this.departments = departments;
        this.country = country;
    }

    /** The municipality → unit in force map these cells were built with. */
    int[] inForce() {
        return toInForce;
    }

    /** The cells of {@code index} with municipalities resolved by {@code toInForce} (-1: not counted that year). */
    static VintageCells build(CoverageIndex index, int[] toInForce) {
        // Two tables: a beneficiary's records in one unit repeat across beneficiaries far more than all its records do.
        Sequences local = new Sequences(index.combinations());
        Sequences national = new Sequences(index.combinations());
        UnitCells.Builder municipalities = new UnitCells.Builder(index.municipalities().size());
        UnitCells.Builder departments = new UnitCells.Builder(index.departmentCodes().size());
        UnitCells.Builder country = new UnitCells.Builder(1);
        Records records = new Records(index.maxRowsPerBeneficiary());
        int[] starts = index.beneficiaryStarts();
        for (int b = 0; b + 1 < starts.length; b++) {
            int n = records.read(index, toInForce, starts[b], starts[b + 1]);
            if (n == 0) {
                continue;
            }
            country.add(0, national.intern(records.combination, n));
            records.byUnit(index, false, (unit, length) -> departments.add(unit, local.intern(records.codes, length)));
            records.byUnit(index, true, (unit, length) -> municipalities.add(unit, local.intern(records.codes, length)));
        }
        return new VintageCells(index, toInForce, local.freeze(), national.freeze(), municipalities.build(), departments.build(),
                country.build());
    }

    /**
     * The counts under a request.
     *
     * @param combinationAccepted each record kind the filter accepts (departments aside)
     * @param departmentAccepted  each department the filter accepts
     * @param onlyDepartment      -1 when the filter names no department; else the one it names (index), or
     *                            {@code departments} when it names one the index does not know
     * @param group               whose territories to count too, or null
     */
    Tally count(boolean[] combinationAccepted, boolean[] departmentAccepted, int onlyDepartment, TerritoryGroup group) {
        int[] evaluated = local.evaluate(combinationAccepted, index.combinationSizes());
        int municipalityCount = index.municipalities().size();
        int departmentCount = index.departmentCodes().size();
        int[] beneficiariesByMunicipality = new int[municipalityCount];
        int[] interventionsByMunicipality = new int[municipalityCount];
        for (int m = 0; m < municipalityCount; m++) {
            if (departmentAccepted[index.departmentOf(m)]) {
                municipalities.count(m, evaluated, beneficiariesByMunicipality, interventionsByMunicipality, m, null);
            }
        }
        int[] beneficiariesByDepartment = new int[departmentCount];
        int[] interventionsByDepartment = new int[departmentCount];
        int[] sizeCounts = new int[index.sizeCount()];
        int[] total = new int[1];
        int[] records = new int[1];
        for (int d = 0; d < departmentCount; d++) {
            if (departmentAccepted[d]) {
                departments.count(d, evaluated, beneficiariesByDepartment, interventionsByDepartment, d, d == onlyDepartment ? sizeCounts : null);
            }
        }
        if (onlyDepartment < 0) {
            country.count(0, national.evaluate(combinationAccepted, index.combinationSizes()), total, records, 0, sizeCounts);
        } else if (onlyDepartment < departmentCount) {
            total[0] = beneficiariesByDepartment[onlyDepartment];
            records[0] = interventionsByDepartment[onlyDepartment];
        }
        int[] beneficiariesByTerritory = new int[group == null ? 0 : group.territories().size()];
        int[] interventionsByTerritory = new int[beneficiariesByTerritory.length];
        if (group != null) {
            countTerritories(group, combinationAccepted, departmentAccepted, beneficiariesByTerritory, interventionsByTerritory);
        }
        return new Tally(total[0], records[0], beneficiariesByMunicipality, interventionsByMunicipality, beneficiariesByDepartment,
                interventionsByDepartment, beneficiariesByTerritory, interventionsByTerritory, sizeCounts);
    }

    private void countTerritories(TerritoryGroup group, boolean[] combinationAccepted, boolean[] departmentAccepted,
                                  int[] beneficiaries, int[] interventions) {
        GroupCells cells = groups.get(group.id());
        if (cells == null || cells.group() != group) {
            cells = groupCells(group);
            groups.put(group.id(), cells);
        }
        int departmentCount = departmentAccepted.length;
        boolean[] accepted = new boolean[cells.sequences().alphabet()];
        for (int e = 0; e < accepted.length; e++) {
            accepted[e] = combinationAccepted[e / departmentCount] && departmentAccepted[e % departmentCount];
        }
        int[] evaluated = cells.sequences().evaluate(accepted, cells.sizes());
        for (int t = 0; t < beneficiaries.length; t++) {
            cells.territories().count(t, evaluated, beneficiaries, interventions, t, null);
        }
    }

    /** Cells per territory of {@code group}, over (record kind, department) codes. */
    private GroupCells groupCells(TerritoryGroup group) {
        int departmentCount = index.departmentCodes().size();
        int[][] territoriesOf = TerritoryMembership.byMunicipality(index, group);
        Sequences sequences = new Sequences(index.combinations() * departmentCount);
        byte[] sizes = new byte[sequences.alphabet()];
        for (int e = 0; e < sizes.length; e++) {
            sizes[e] = index.combinationSizes()[e / departmentCount];
        }
        UnitCells.Builder territories = new UnitCells.Builder(group.territories().size());
        Records records = new Records(index.maxRowsPerBeneficiary());
        int[] starts = index.beneficiaryStarts();
        for (int b = 0; b + 1 < starts.length; b++) {
            if (records.read(index, toInForce, starts[b], starts[b + 1]) > 0) {
                records.byTerritory(index, territoriesOf, (territory, length) -> territories.add(territory, sequences.intern(records.codes, length)));
            }
        }
        return new GroupCells(group, sequences.freeze(), territories.build(), sizes);
    }

    /** One beneficiary's records in force, in record order; arrays reused from one beneficiary to the next. */
    private static final class Records {
        int[] unit;
        int[] combination;
        int[] elements;
        int[] codes;
        long[] order;
        int count;

        Records(int capacity) {
            allocate(Math.max(1, capacity));
        }

        private void allocate(int capacity) {
            unit = new int[capacity];
            combination = new int[capacity];
            elements = new int[capacity];
            codes = new int[capacity];
            order = new long[capacity];
        }

        /** Reads rows {@code from} … {@code to}, keeping those in a unit in force; answers how many. */
        int read(CoverageIndex index, int[] toInForce, int from, int to) {
            int n = 0;
            for (int r = from; r < to; r++) {
                int u = toInForce[index.municipalityOf(r)];
                if (u >= 0) {
                    unit[n] = u;
                    combination[n] = index.combination(r);
                    n++;
                }
            }
            count = n;
            return n;
        }

        /** Calls {@code sink} once per municipality (or department) of the records, with their kinds in order in {@link #codes}. */
        void byUnit(CoverageIndex index, boolean municipality, UnitSink sink) {
            for (int i = 0; i < count; i++) {
                order[i] = (long) (municipality ? unit[i] : index.departmentOf(unit[i])) << 32 | i;
            }
            group(count, combination, sink);
        }

        /**
         * Calls {@code sink} once per territory of the records' municipalities, with the records there in order in
         * {@link #codes}, each as {@code kind * departments + department}. Records outside every territory are left out.
         */
        void byTerritory(CoverageIndex index, int[][] territoriesOf, UnitSink sink) {
            int departments = index.departmentCodes().size();
            int total = 0;
            for (int i = 0; i < count; i++) {
                total += territoriesOf[unit[i]].length;
            }
            if (total > order.length) {
                int[] units = Arrays.copyOf(unit, count);
                int[] kinds = Arrays.copyOf(combination, count);
                allocate(total);
                System.arraycopy(units, 0, unit, 0, units.length);
                System.arraycopy(kinds, 0, combination, 0, kinds.length);
            }
            int n = 0;
            for (int i = 0; i < count; i++) {
                int element = combination[i] * departments + index.departmentOf(unit[i]);
                for (int territory : territoriesOf[unit[i]]) {
                    elements[n] = element;
                    order[n] = (long) territory << 32 | n;
                    n++;
                }
            }
            group(n, elements, sink);
        }

        /** Sorts {@link #order} (key, position) and hands each key's codes from {@code source}, in position order. */
        private void group(int n, int[] source, UnitSink sink) {
            Arrays.sort(order, 0, n);
            int i = 0;
            while (i < n) {
                int key = (int) (order[i] >>> 32);
                int length = 0;
                while (i < n && (int) (order[i] >>> 32) == key) {
                    codes[length++] = source[(int) order[i]];
                    i++;
                }
                sink.accept(key, length);
            }
        }
    }

    @FunctionalInterface
    private interface UnitSink {
        void accept(int unit, int length);
    }
}
