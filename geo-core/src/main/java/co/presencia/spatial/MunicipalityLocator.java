package co.presencia.spatial;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * In-memory point-in-polygon index over a polygonal coverage (the municipalities), in EPSG:4326.
 *
 * <p>A regular grid over the coverage's extent stores, per cell, either the one polygon that covers the whole cell
 * (answered without any geometry test) or the polygons that touch it, tested with JTS's
 * {@link IndexedPointInAreaLocator}. The answer is exact (the grid only narrows candidates).
 *
 * <p><b>Border rule</b>: a point is assigned to the polygon with the smallest key among those whose closed area
 * contains it (interior or boundary). In a clean coverage an interior point has exactly one owner, so the rule only
 * decides points on shared borders; the SQL stores apply the same rule ({@code ST_Intersects … ORDER BY code LIMIT 1}).
 *
 * <p>Immutable and thread-safe once built.
 */
public final class MunicipalityLocator<K extends Comparable<K>> {

    private static final int NO_OWNER = -1;
    private static final int MIXED = -2;
    /** Cells per side of the blocks tested first while building. */
    private static final int BLOCK = 4;

    private final List<K> keys;
    private final IndexedPointInAreaLocator[] locators;
    private final double minX;
    private final double minY;
    private final double cellSize;
    private final int columns;
    private final int rows;
    private final int[] owner;
    private final int[][] candidates;

    private MunicipalityLocator(List<K> keys, IndexedPointInAreaLocator[] locators, Envelope extent, double cellSize,
                                int[] owner, int[][] candidates, int columns, int rows) {
        this.keys = keys;
        this.locators = locators;
        this.minX = extent.getMinX();
        this.minY = extent.getMinY();
        this.cellSize = cellSize;
        this.owner = owner;
        this.candidates = candidates;
        this.columns = columns;
        this.rows = rows;
    }

    /** Builds the index with a default cell of 0.02° (about 2.2 km). */
    public static <K extends Comparable<K>> MunicipalityLocator<K> build(Map<K, ? extends Geometry> polygons) {
        return build(polygons, 0.02);
    }

    public static <K extends Comparable<K>> MunicipalityLocator<K> build(Map<K, ? extends Geometry> polygons, double cellSize) {
        List<K> keys = new ArrayList<>(polygons.keySet());
        keys.sort(Comparator.naturalOrder());
        Geometry[] geometries = keys.stream().map(polygons::get).toArray(Geometry[]::new);
        Envelope extent = new Envelope();
        for (Geometry g : geometries) {
            extent.expandToInclude(g.getEnvelopeInternal());
        }
        int columns = Math.max(1, (int) Math.ceil(extent.getWidth() / cellSize));
        int rows = Math.max(1, (int) Math.ceil(extent.getHeight() / cellSize));
        int cellCount = Math.multiplyExact(columns, rows);

        IndexedPointInAreaLocator[] locators = new IndexedPointInAreaLocator[geometries.length];
        // Per polygon, the cells it covers entirely and the cells it only touches; computed in parallel.
        int[][][] cellsByPolygon = new int[geometries.length][][];
        GeometryFactory factory = new GeometryFactory();
        IntStream.range(0, geometries.length).parallel().forEach(i -> {
            Geometry g = geometries[i];
            locators[i] = new IndexedPointInAreaLocator(g);
            locators[i].locate(new Coordinate(g.getEnvelopeInternal().getMinX(), g.getEnvelopeInternal().getMinY()));
            PreparedGeometry prepared = PreparedGeometryFactory.prepare(g);
            Envelope env = g.getEnvelopeInternal();
            int c0 = clamp((int) Math.floor((env.getMinX() - extent.getMinX()) / cellSize), columns);
            int c1 = clamp((int) Math.floor((env.getMaxX() - extent.getMinX()) / cellSize), columns);
            int r0 = clamp((int) Math.floor((env.getMinY() - extent.getMinY()) / cellSize), rows);
            int r1 = clamp((int) Math.floor((env.getMaxY() - extent.getMinY()) / cellSize), rows);
            IntList full = new IntList();
            IntList partial = new IntList();
            // Blocks of BLOCK×BLOCK cells first: a block the polygon misses or holds whole decides all its cells
            // with two tests; only the blocks on its boundary are tested cell by cell. Same cells as cell by cell.
            for (int br = r0; br <= r1; br += BLOCK) {
                for (int bc = c0; bc <= c1; bc += BLOCK) {
                    int rEnd = Math.min(r1, br + BLOCK - 1);
                    int cEnd = Math.min(c1, bc + BLOCK - 1);
                    Geometry block = cells(factory, extent, cellSize, bc, br, cEnd, rEnd);
                    if (!prepared.intersects(block)) {
                        continue;
                    }
                    boolean whole = prepared.containsProperly(block);
                    for (int r = br; r <= rEnd; r++) {
                        for (int c = bc; c <= cEnd; c++) {
                            if (whole) {
                                full.add(r * columns + c);
                                continue;
                            }
                            Geometry cell = cells(factory, extent, cellSize, c, r, c, r);
                            if (!prepared.intersects(cell)) {
                                continue;
                            }
                            if (prepared.containsProperly(cell)) {
                                full.add(r * columns + c);
                            } else {
                                partial.add(r * columns + c);
                            }
                        }
                    }
                }
            }
            cellsByPolygon[i] = new int[][] {full.toArray(), partial.toArray()};
        });

        int[] owner = new int[cellCount];
        Arrays.fill(owner, NO_OWNER);
        int[][] candidates = new int[cellCount][];
        // Polygons are visited in key order, so candidate lists are sorted by key.
        for (int i = 0; i < geometries.length; i++) {
            for (int cell : cellsByPolygon[i][0]) {
                addCandidate(candidates, cell, i);
            }
            for (int cell : cellsByPolygon[i][1]) {
                addCandidate(candidates, cell, i);
            }
        }
        for (int i = 0; i < geometries.length; i++) {
            for (int cell : cellsByPolygon[i][0]) {
                if (candidates[cell].length == 1) {
                    owner[cell] = i;
                }
            }
        }
        for (int cell = 0; cell < cellCount; cell++) {
            if (owner[cell] == NO_OWNER && candidates[cell] != null) {
                owner[cell] = MIXED;
            }
        }
        return new MunicipalityLocator<>(List.copyOf(keys), locators, extent, cellSize, owner, candidates, columns, rows);
    }

    /** The key of the polygon that holds (lon, lat), by the border rule above; empty when none does. */
    public Optional<K> locate(double x, double y) {
        int index = locateIndex(x, y);
        return index < 0 ? Optional.empty() : Optional.of(keys.get(index));
    }

    /** Like {@link #locate} but returns the key or null, without allocation beyond the coordinate test. */
    public K locateOrNull(double x, double y) {
        int index = locateIndex(x, y);
        return index < 0 ? null : keys.get(index);
    }

    private int locateIndex(double x, double y) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return -1;
        }
        int c = (int) Math.floor((x - minX) / cellSize);
        int r = (int) Math.floor((y - minY) / cellSize);
        if (c < 0 || r < 0 || c > columns || r > rows) {
            return -1;
        }
        c = Math.min(c, columns - 1);
        r = Math.min(r, rows - 1);
        int cell = r * columns + c;
        int direct = owner[cell];
        if (direct >= 0) {
            return direct;
        }
        if (direct == NO_OWNER) {
            // Points exactly on the extent's max edge fall in the last cell; nothing else is there.
            return -1;
        }
        Coordinate p = new Coordinate(x, y);
        for (int candidate : candidates[cell]) {
            if (locators[candidate].locate(p) != Location.EXTERIOR) {
                return candidate;
            }
        }
        return -1;
    }

    public int size() {
        return keys.size();
    }

    private static void addCandidate(int[][] candidates, int cell, int polygon) {
        int[] current = candidates[cell];
        if (current == null) {
            candidates[cell] = new int[] {polygon};
        } else {
            int[] grown = Arrays.copyOf(current, current.length + 1);
            grown[current.length] = polygon;
            candidates[cell] = grown;
        }
    }

    /** The rectangle of the cells from column c0, row r0 to column c1, row r1 (inclusive). */
    private static Geometry cells(GeometryFactory factory, Envelope extent, double cellSize, int c0, int r0, int c1, int r1) {
        double x0 = extent.getMinX() + c0 * cellSize;
        double y0 = extent.getMinY() + r0 * cellSize;
        double x1 = extent.getMinX() + c1 * cellSize + cellSize;
        double y1 = extent.getMinY() + r1 * cellSize + cellSize;
        return factory.toGeometry(new Envelope(x0, x1, y0, y1));
    }

    private static int clamp(int value, int size) {
        return Math.max(0, Math.min(size - 1, value));
    }

    private static final class IntList {
        private int[] values = new int[16];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
