package co.presencia.spatial.simplify;

import java.util.List;
import java.util.Optional;

/**
 * One display level of the web map: a simplification tolerance (degrees) meant for a range of Web Mercator zoom
 * levels, and how many decimals coordinates keep when written. At zoom z one screen pixel spans about
 * 360 / (256 · 2^z) degrees of longitude (0.044° at z = 5, 0.011° at z = 7, 0.0027° at z = 9): each tolerance is a
 * fraction of a pixel at the smallest zoom it serves, and the decimals are finer than the tolerance.
 *
 * @param id                level number used in URLs (0 = national)
 * @param toleranceDegrees  {@link org.locationtech.jts.coverage.CoverageSimplifier} distance tolerance
 * @param decimals          decimals kept in written coordinates (3 ≈ 110 m, 4 ≈ 11 m, 5 ≈ 1 m)
 * @param minZoom           the smallest Web Mercator zoom this level serves
 */
public record DisplayLevel(int id, double toleranceDegrees, int decimals, int minZoom) {

    /**
     * National (zoom ≤ 6), regional (7–8) and department detail (≥ 9). The simplifier is area-based
     * (Visvalingam–Whyatt: a vertex goes when its triangle is under tolerance²), and the reference boundaries are
     * already a simplification of MGN (197,804 vertices), so the detail level keeps them as they are.
     */
    public static final List<DisplayLevel> STANDARD = List.of(
            new DisplayLevel(0, 0.01, 3, 0),
            new DisplayLevel(1, 0.004, 4, 7),
            new DisplayLevel(2, 0.0, 5, 9));

    public DisplayLevel {
        if (id < 0 || !(toleranceDegrees >= 0) || decimals < 0 || decimals > 9 || minZoom < 0) {
            throw new IllegalArgumentException("Invalid display level " + id + ": tolerance " + toleranceDegrees
                    + ", decimals " + decimals + ", min zoom " + minZoom);
        }
    }

    public static Optional<DisplayLevel> standard(int id) {
        return STANDARD.stream().filter(l -> l.id() == id).findFirst();
    }
}
