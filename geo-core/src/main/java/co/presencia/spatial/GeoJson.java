package co.presencia.spatial;

import java.util.function.BooleanSupplier;
import org.locationtech.jts.algorithm.Area;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * The one GeoJSON geometry encoder (RFC 7946 geometry objects) that every GeoJSON output uses: the OGC API, the
 * downloads, the map layers and the territory API. Positions are rounded to a number of decimals and written in
 * plain decimal notation ({@code -75.5}, {@code 0.0001}, never {@code 1.0E-4}), without trailing zeros; the caller
 * decides the axis order and whether positions that round to the previous one are dropped (the map layers do, so a
 * coarse level carries no repeated vertices; a ring that then has fewer than four positions, or a line fewer than
 * two, is left out of its parent). Polygon rings follow RFC 7946's right-hand rule as seen on a map (x east, y
 * north, before any axis swap): exterior rings counter-clockwise, holes clockwise; a ring the other way round is
 * written backwards.
 */
public final class GeoJson {

    /**
     * How positions are written.
     *
     * @param decimals     decimals kept (7 ≈ 1 cm in degrees, 3 ≈ 110 m), 0–9
     * @param swapAxes     whether y is written before x (latitude first, as EPSG:4326 defines its axes)
     * @param dropRepeated whether a position equal to the previous one after rounding is left out
     * @param delta        whether each line or ring is written as one flat array of integers in units of
     *                     10^-decimals, the first position absolute and every next one as the difference from the one
     *                     before (the map page's compact form; not GeoJSON for other readers)
     */
    public record CoordinateFormat(int decimals, boolean swapAxes, boolean dropRepeated, boolean delta) {
        public CoordinateFormat {
            if (decimals < 0 || decimals > 9) {
                throw new IllegalArgumentException("decimals must be 0-9, got " + decimals);
            }
        }

        public CoordinateFormat(int decimals, boolean swapAxes, boolean dropRepeated) {
            this(decimals, swapAxes, dropRepeated, false);
        }

        /** x (longitude) first, every position kept. */
        public static CoordinateFormat lonLat(int decimals) {
            return new CoordinateFormat(decimals, false, false);
        }

        /** The same format, dropping positions repeated after rounding. */
        public CoordinateFormat droppingRepeated() {
            return new CoordinateFormat(decimals, swapAxes, true, delta);
        }

        /** The same format, lines and rings as integer differences ({@code delta}). */
        public CoordinateFormat deltaEncoded() {
            return new CoordinateFormat(decimals, swapAxes, dropRepeated, true);
        }
    }

    private GeoJson() {
    }

    /** {@code geometry} as GeoJSON text, x = longitude first, rounded to {@code decimals}. */
    public static String text(Geometry geometry, int decimals) {
        StringBuilder out = new StringBuilder(64 + geometry.getNumPoints() * 24);
        write(out, geometry, CoordinateFormat.lonLat(decimals));
        return out.toString();
    }

    /**
     * Appends {@code geometry} (JTS x/y, already in the output CRS) as a GeoJSON geometry object.
     *
     * @return the number of positions written
     */
    public static long write(StringBuilder out, Geometry geometry, CoordinateFormat format) {
        return new Encoder(out, format).geometry(geometry);
    }

    /** One encoding: the output, the format and the powers of ten it needs. */
    private static final class Encoder {
        private final StringBuilder out;
        private final CoordinateFormat format;
        private final double scale;
        private final long unit;
        private long positions;

        Encoder(StringBuilder out, CoordinateFormat format) {
            this.out = out;
            this.format = format;
            this.unit = (long) Math.pow(10, format.decimals());
            this.scale = unit;
        }

        long geometry(Geometry g) {
            if (g instanceof Point p) {
                out.append("{\"type\":\"Point\",\"coordinates\":");
                if (p.isEmpty()) {
                    out.append("[]");
                } else {
                    position(p.getCoordinateSequence(), 0);
                }
            } else if (g instanceof LineString l) {
                out.append("{\"type\":\"LineString\",\"coordinates\":");
                if (!sequence(l.getCoordinateSequence(), 0)) {
                    out.append("[]");
                }
            } else if (g instanceof Polygon p) {
                out.append("{\"type\":\"Polygon\",\"coordinates\":");
                if (!polygon(p)) {
                    out.append("[]");
                }
            } else if (g instanceof GeometryCollection collection) {
                collection(collection);
            } else {
                throw new IllegalArgumentException("Unsupported geometry for GeoJSON: " + g.getGeometryType());
            }
            out.append('}');
            return positions;
        }

        /** MultiPoint, MultiLineString, MultiPolygon or GeometryCollection, without the closing brace. */
        private void collection(GeometryCollection g) {
            if (g instanceof MultiPoint mp) {
                out.append("{\"type\":\"MultiPoint\",\"coordinates\":[");
                for (int i = 0; i < mp.getNumGeometries(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    position(((Point) mp.getGeometryN(i)).getCoordinateSequence(), 0);
                }
            } else if (g instanceof MultiLineString ml) {
                out.append("{\"type\":\"MultiLineString\",\"coordinates\":[");
                int written = 0;
                for (int i = 0; i < ml.getNumGeometries(); i++) {
                    LineString line = (LineString) ml.getGeometryN(i);
                    written += separated(written, () -> sequence(line.getCoordinateSequence(), 2));
                }
            } else if (g instanceof MultiPolygon mp) {
                out.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
                int written = 0;
                for (int i = 0; i < mp.getNumGeometries(); i++) {
                    Polygon part = (Polygon) mp.getGeometryN(i);
                    written += separated(written, () -> polygon(part));
                }
            } else {
                out.append("{\"type\":\"GeometryCollection\",\"geometries\":[");
                for (int i = 0; i < g.getNumGeometries(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    geometry(g.getGeometryN(i));
                }
            }
            out.append(']');
        }

        /** Writes a member after a comma when one came before; rolls the comma back when the member is left out. */
        private int separated(int written, BooleanSupplier member) {
            int mark = out.length();
            if (written > 0) {
                out.append(',');
            }
            if (member.getAsBoolean()) {
                return 1;
            }
            out.setLength(mark);
            return 0;
        }

        /** A polygon's rings, oriented by the right-hand rule; false (nothing written) when its shell collapses. */
        private boolean polygon(Polygon p) {
            int mark = out.length();
            out.append('[');
            CoordinateSequence shell = p.getExteriorRing().getCoordinateSequence();
            if (!sequence(shell, 4, Area.ofRingSigned(shell) > 0)) {
                out.setLength(mark);
                return false;
            }
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                int hole = out.length();
                out.append(',');
                CoordinateSequence ring = p.getInteriorRingN(i).getCoordinateSequence();
                if (!sequence(ring, 4, Area.ofRingSigned(ring) < 0)) {
                    out.setLength(hole);
                }
            }
            out.append(']');
            return true;
        }

        /**
         * The positions of a line or ring; when repeated positions are dropped and fewer than {@code minimum} remain,
         * nothing is written and the result is false.
         */
        private boolean sequence(CoordinateSequence seq, int minimum) {
            return sequence(seq, minimum, false);
        }

        /** {@link #sequence(CoordinateSequence, int)}, last position first when {@code backwards}. */
        private boolean sequence(CoordinateSequence seq, int minimum, boolean backwards) {
            int mark = out.length();
            long before = positions;
            out.append('[');
            long lastX = Long.MIN_VALUE;
            long lastY = Long.MIN_VALUE;
            int n = 0;
            int size = seq.size();
            for (int k = 0; k < size; k++) {
                int i = backwards ? size - 1 - k : k;
                long x = Math.round(seq.getX(i) * scale);
                long y = Math.round(seq.getY(i) * scale);
                if (format.dropRepeated() && x == lastX && y == lastY) {
                    continue;
                }
                if (n++ > 0) {
                    out.append(',');
                }
                if (format.delta()) {
                    difference(n == 1 ? x : x - lastX, n == 1 ? y : y - lastY);
                } else {
                    pair(x, y);
                }
                lastX = x;
                lastY = y;
            }
            if (format.dropRepeated() && n < minimum) {
                out.setLength(mark);
                positions = before;
                return false;
            }
            out.append(']');
            return true;
        }

        /** A delta-encoded position: the two integers, no brackets. */
        private void difference(long dx, long dy) {
            out.append(format.swapAxes() ? dy : dx).append(',').append(format.swapAxes() ? dx : dy);
            positions++;
        }

        private void position(CoordinateSequence seq, int i) {
            pair(Math.round(seq.getX(i) * scale), Math.round(seq.getY(i) * scale));
        }

        private void pair(long x, long y) {
            out.append('[');
            fixed(format.swapAxes() ? y : x);
            out.append(',');
            fixed(format.swapAxes() ? x : y);
            out.append(']');
            positions++;
        }

        /** {@code scaled / 10^decimals} in plain decimal notation without trailing zeros. */
        private void fixed(long scaled) {
            long value = scaled;
            if (value < 0) {
                out.append('-');
                value = -value;
            }
            out.append(value / unit);
            long fraction = value % unit;
            if (fraction == 0) {
                return;
            }
            int digits = format.decimals();
            while (fraction % 10 == 0) {
                fraction /= 10;
                digits--;
            }
            out.append('.');
            String text = Long.toString(fraction);
            for (int i = text.length(); i < digits; i++) {
                out.append('0');
            }
            out.append(text);
        }
    }
}
