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
    private final double[][] crossings;
    private final int[] crossingCounts;
    /** Per row of the polygon's cells, the segments whose y-range meets the row (x1, y1, x2, y2 each). */
    private final double[][] bands;
    private final int[] bandLengths;

    private PolygonRaster(CellGrid grid, Envelope envelope) {
        this.grid = grid;
        this.slack = grid.cellSize() * SLACK;
        this.c0 = grid.column(envelope.getMinX() - slack);
        this.r0 = grid.row(envelope.getMinY() - slack);
        this.width = grid.column(envelope.getMaxX() + slack) - c0 + 1;
        int height = grid.row(envelope.getMaxY() + slack) - r0 + 1;
        this.touched = new boolean[Math.multiplyExact(width, height)];
        this.crossings = new double[height][];
        this.crossingCounts = new int[height];
        this.bands = new double[height][];
        this.bandLengths = new int[height];
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
            addToBand(r - r0, ax, ay, bx, by);
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
                addCrossing(r - r0, ax + (middle - ay) * (bx - ax) / (by - ay));
            }
        }
    }

    private void addToBand(int row, double ax, double ay, double bx, double by) {
        double[] segments = bands[row];
        if (segments == null) {
            segments = new double[32];
            bands[row] = segments;
        } else if (bandLengths[row] + 4 > segments.length) {
            segments = Arrays.copyOf(segments, segments.length * 2);
            bands[row] = segments;
        }
        int at = bandLengths[row];
        segments[at] = ax;
        segments[at + 1] = ay;
        segments[at + 2] = bx;
        segments[at + 3] = by;
        bandLengths[row] = at + 4;
    }

    private void addCrossing(int row, double x) {
        double[] xs = crossings[row];
        if (xs == null) {
            xs = new double[8];
            crossings[row] = xs;
        } else if (crossingCounts[row] == xs.length) {
            xs = Arrays.copyOf(xs, xs.length * 2);
            crossings[row] = xs;
        }
        xs[crossingCounts[row]++] = x;
    }

    private Raster classify() {
        CellList whole = new CellList();
        CellList boundary = new CellList();
        for (int row = 0; row < crossings.length; row++) {
            double[] xs = crossings[row] == null ? new double[0] : crossings[row];
            int count = crossingCounts[row];
            Arrays.sort(xs, 0, count);
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
        double[][] trimmed = new double[bands.length][];
        for (int row = 0; row < bands.length; row++) {
            trimmed[row] = bands[row] == null ? new double[0] : Arrays.copyOf(bands[row], bandLengths[row]);
        }
        return new Raster(whole.toArray(), boundary.toArray(), r0, trimmed);
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
