package co.presencia.coverage;

import co.presencia.territory.DepartmentCode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A {@link CoverageFilter} compiled to lookup tables over one {@link CoverageIndex}'s dictionary codes, so a pass
 * tests a row with array reads only, cheapest test first. Immutable once built; one per pass.
 */
final class CompiledFilter {

    private static final int MAX_YEAR = 4096;
    private final boolean[] years = new boolean[MAX_YEAR];
    private final long axes;
    private final long sizes;
    private final boolean[] programs;
    private final boolean[] departmentAccepted;
    /** Per CIIU code of the index's dictionary, whether the filter's sector holds it; null when every record passes. */
    private final boolean[] activities;

    CompiledFilter(CoverageFilter filter, Map<String, Integer> programIndex, int programCount, List<DepartmentCode> departments,
                   List<String> activityCodes) {
        if (filter.years().isEmpty()) {
            Arrays.fill(years, true);
        } else {
            filter.years().forEach(y -> {
                if (y >= 0 && y < MAX_YEAR) {
                    years[y] = true;
                }
            });
        }
        axes = filter.axes().isEmpty() ? -1L : filter.axes().stream().mapToLong(a -> 1L << a.ordinal()).reduce(0, (a, b) -> a | b);
        sizes = filter.sizes().isEmpty() ? -1L : filter.sizes().stream().mapToLong(s -> 1L << s.ordinal()).reduce(0, (a, b) -> a | b);
        programs = new boolean[Math.max(1, programCount)];
        if (filter.programs().isEmpty()) {
            Arrays.fill(programs, true);
        } else {
            filter.programKeys().forEach(k -> {
                Integer p = programIndex.get(k);
                if (p != null) {
                    programs[p] = true;
                }
            });
        }
        departmentAccepted = new boolean[departments.size()];
        if (filter.departments().isEmpty()) {
            Arrays.fill(departmentAccepted, true);
        } else {
            filter.departments().forEach(d -> {
                int i = departments.indexOf(d);
                if (i >= 0) {
                    departmentAccepted[i] = true;
                }
            });
        }
        if (filter.sector() == null) {
            activities = null;
        } else {
            activities = new boolean[activityCodes.size()];
            for (int a = 0; a < activities.length; a++) {
                activities[a] = filter.sector().holds(activityCodes.get(a));
            }
        }
    }

    /** Year, axis, size, program and sector: the tests that need no municipality ({@code -1}: the row has none). */
    boolean acceptsRecord(short rowYear, byte rowAxis, short rowProgram, byte rowSize, short rowActivity) {
        return rowYear >= 0 && years[rowYear]
                && (axes == -1L || (rowAxis >= 0 && (axes & (1L << rowAxis)) != 0))
                && (sizes == -1L || (rowSize >= 0 && (sizes & (1L << rowSize)) != 0))
                && programs[rowProgram]
                && (activities == null || (rowActivity >= 0 && activities[rowActivity]));
    }

    /**
     * Year, axis, size and program only, for the precomputed cells ({@link VintageCells}), which are used only when
     * the filter names no sector ({@link #namesSector()}).
     */
    boolean acceptsRecord(short rowYear, byte rowAxis, short rowProgram, byte rowSize) {
        return acceptsRecord(rowYear, rowAxis, rowProgram, rowSize, (short) -1);
    }

    /** Whether the filter keeps only some activities (a {@code sector}). */
    boolean namesSector() {
        return activities != null;
    }

    boolean acceptsDepartment(int department) {
        return departmentAccepted[department];
    }

    /** Whether each department (index) is accepted; the caller must not change it. */
    boolean[] departmentsAccepted() {
        return departmentAccepted;
    }
}
