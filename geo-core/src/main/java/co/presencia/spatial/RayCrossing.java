package co.presencia.spatial;

import org.locationtech.jts.algorithm.CGAlgorithmsDD;
import org.locationtech.jts.algorithm.Orientation;

/**
 * Whether a point lies in the closed area of a polygon, from the polygon's segments whose y-range holds the point's y
 * (the other segments cannot cross the horizontal ray through it). The rule is JTS's {@code RayCrossingCounter}, the
 * one its {@code IndexedPointInAreaLocator} applies to the same segments, so the answers are the same: a point on a
 * segment (collinear by JTS's exact orientation test, or equal to a vertex) is on the boundary; otherwise it is
 * inside when the ray to its right crosses the rings an odd number of times, an upward segment counting its lower
 * end and a downward one its upper end, horizontal segments not counting. Reads plain arrays: no object per test.
 */
final class RayCrossing {

    private RayCrossing() {
    }

    /** {@code segments}: x1, y1, x2, y2 per segment. True when (x, y) is inside or on the boundary. */
    static boolean covers(double[] segments, double x, double y) {
        int crossings = 0;
        for (int k = 0; k < segments.length; k += 4) {
            double x1 = segments[k];
            double y1 = segments[k + 1];
            double x2 = segments[k + 2];
            double y2 = segments[k + 3];
            if (x1 < x && x2 < x) {
                continue;
            }
            if (x == x2 && y == y2) {
                return true;
            }
            if (y1 == y && y2 == y) {
                if (x >= Math.min(x1, x2) && x <= Math.max(x1, x2)) {
                    return true;
                }
                continue;
            }
            if ((y1 > y && y2 <= y) || (y2 > y && y1 <= y)) {
                int orientation = CGAlgorithmsDD.orientationIndex(x1, y1, x2, y2, x, y);
                if (orientation == Orientation.COLLINEAR) {
                    return true;
                }
                if (y2 < y1) {
                    orientation = -orientation;
                }
                if (orientation == Orientation.LEFT) {
                    crossings++;
                }
            }
        }
        return (crossings & 1) == 1;
    }
}
