package co.presencia.spatial;

import java.util.Arrays;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * The cells of a {@link CellGrid} that one polygonal geometry (polygon or multipolygon, holes allowed) covers whole,
 * and the cells its boundary touches, from its segments alone.
 *
 * <ul>
 *   <li><b>Touched</b>: every cell whose closed rectangle, widened by a millionth of a cell, meets a segment of any
 *   ring. Conservative: a touched cell may hold no boundary at all (it is then only tested point by point).</li>
 *   <li><b>Whole</b>: an untouched cell is entirely inside or entirely outside, and so is every untouched cell next
 *   to it in its row, since no boundary separates them. One even-odd count of the rings' crossings of the row's middle
 *   line at the first cell's centre decides the run. The boundary is at least half a cell from that centre, so the
 *   count is exact in floating point.</li>
 * </ul>
 *
 * Cost: one pass over the segments plus one sort per grid row; no geometry predicate, no allocation per cell. The
 * same pass files each segment under the rows its y-range meets: all a point test in that row needs.
 */
final class PolygonRaster {

    /** How far beyond its rectangle a cell counts as touched, as a fraction of the cell. */
    private static final double SLACK = 1e-6;

    private final CellGrid grid;
    private final double slack;
    private final int c0;
    private final int r0;
    private final int width;
    private final boolean[] touched;
    /** Per row of the polygon's cells, the x of the rings' crossings of the row's middle line. */
    private final DoublesByRow crossings;
    /** Per row of the polygon's cells, the segments whose y-range meets the row (x1, y1, x2, y2 each). */
    private final DoublesByRow bands;

    private PolygonRaster(CellGrid grid, Envelope envelope) {
        this.grid = grid;
        this.slack = grid.cellSize() * SLACK;
        this.c0 = grid.column(envelope.getMinX() - slack);
        this.r0 = grid.row(envelope.getMinY() - slack);
        this.width = grid.column(envelope.getMaxX() + slack) - c0 + 1;
        int height = grid.row(envelope.getMaxY() + slack) - r0 + 1;
        this.touched = new boolean[Math.multiplyExact(width, height)];
        this.crossings = new DoublesByRow(height);
        this.bands = new DoublesByRow(height);
    }

    /**
     * What the locator keeps of one polygonal geometry.
     *
     * @param whole    the cells it covers entirely, grid indices ascending
     * @param boundary the cells its boundary touches, grid indices ascending
     * @param firstRow the grid row of {@code bands[0]}
     * @param bands    per grid row from {@code firstRow}, the segments whose y-range meets the row, as
     *                 {@link RayCrossing} reads them
     */
    record Raster(int[] whole, int[] boundary, int firstRow, double[][] bands) {
    }

    /** The geometry's cells and, per row, its segments. */
    static Raster of(Geometry polygonal, CellGrid grid) {
        if (polygonal.isEmpty()) {
            return new Raster(new int[0], new int[0], 0, new double[0][]);
        }
        PolygonRaster raster = new PolygonRaster(grid, polygonal.getEnvelopeInternal());
        for (int part = 0; part < polygonal.getNumGeometries(); part++) {
            Geometry geometry = polygonal.getGeometryN(part);
            if (!(geometry instanceof Polygon polygon)) {
                throw new IllegalArgumentException("not polygonal: " + geometry.getGeometryType());
            }
            raster.ring(polygon.getExteriorRing());
            for (int hole = 0; hole < polygon.getNumInteriorRing(); hole++) {
                raster.ring(polygon.getInteriorRingN(hole));
            }
        }
        return raster.classify();
    }

    private void ring(LineString ring) {
        CoordinateSequence points = ring.getCoordinateSequence();
        for (int k = 0; k + 1 < points.size(); k++) {
            segment(points.getX(k), points.getY(k), points.getX(k + 1), points.getY(k + 1));
        }
    }

    private void segment(double ax, double ay, double bx, double by) {
        int firstRow = grid.row(Math.min(ay, by) - slack);
        int lastRow = grid.row(Math.max(ay, by) + slack);
        for (int r = firstRow; r <= lastRow; r++) {
            bands.add(r - r0, ax, ay, bx, by);
            double bandLow = grid.rowMinY(r) - slack;
            double bandHigh = grid.rowMinY(r + 1) + slack;
            double xa;
            double xb;
            if (ay == by) {
                xa = Math.min(ax, bx);
                xb = Math.max(ax, bx);
            } else {
                double t0 = (bandLow - ay) / (by - ay);
                double t1 = (bandHigh - ay) / (by - ay);
                double from = Math.max(0, Math.min(t0, t1));
                double to = Math.min(1, Math.max(t0, t1));
                if (from > to) {
                    continue;
                }
                double x0 = ax + from * (bx - ax);
                double x1 = ax + to * (bx - ax);
                xa = Math.min(x0, x1);
                xb = Math.max(x0, x1);
            }
            int from = grid.column(xa - slack) - c0;
            int to = grid.column(xb + slack) - c0;
            int rowStart = (r - r0) * width;
            Arrays.fill(touched, rowStart + Math.max(0, from), rowStart + Math.min(width - 1, to) + 1, true);
            double middle = grid.rowMinY(r) + grid.cellSize() / 2;
            if ((ay > middle) != (by > middle)) {
                crossings.add(r - r0, ax + (middle - ay) * (bx - ax) / (by - ay));
            }
        }
    }

    private Raster classify() {
        CellList whole = new CellList();
        CellList boundary = new CellList();
        for (int row = 0; row < crossings.rows(); row++) {
            double[] xs = crossings.trimmed(row);
            int count = xs.length;
            Arrays.sort(xs);
            int left = 0;
            boolean inside = false;
            boolean runDecided = false;
            for (int column = 0; column < width; column++) {
                int cell = grid.index(c0 + column, r0 + row);
                if (touched[row * width + column]) {
                    boundary.add(cell);
                    runDecided = false;
                    continue;
                }
                if (!runDecided) {
                    double centre = grid.columnMinX(c0 + column) + grid.cellSize() / 2;
                    while (left < count && xs[left] < centre) {
                        left++;
                    }
                    inside = (left & 1) == 1;
                    runDecided = true;
                }
                if (inside) {
                    whole.add(cell);
                }
            }
        }
        double[][] segments = new double[bands.rows()][];
        for (int row = 0; row < segments.length; row++) {
            segments[row] = bands.trimmed(row);
        }
        return new Raster(whole.toArray(), boundary.toArray(), r0, segments);
    }

    /** A growing list of doubles per row. */
    private static final class DoublesByRow {
        private static final double[] NONE = new double[0];
        private final double[][] values;
        private final int[] sizes;

        DoublesByRow(int rows) {
            values = new double[rows][];
            sizes = new int[rows];
        }

        int rows() {
            return values.length;
        }

        void add(int row, double... more) {
            double[] current = values[row];
            if (current == null) {
                current = new double[Math.max(8, more.length)];
                values[row] = current;
            } else if (sizes[row] + more.length > current.length) {
                current = Arrays.copyOf(current, Math.max(current.length * 2, sizes[row] + more.length));
                values[row] = current;
            }
            System.arraycopy(more, 0, current, sizes[row], more.length);
            sizes[row] += more.length;
        }

        /** The row's values, in the order added, in an array of their own length. */
        double[] trimmed(int row) {
            return values[row] == null ? NONE : Arrays.copyOf(values[row], sizes[row]);
        }
    }

    /** A growing list of grid indices (added row by row, column by column: ascending). */
    private static final class CellList {
        private int[] values = new int[16];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
