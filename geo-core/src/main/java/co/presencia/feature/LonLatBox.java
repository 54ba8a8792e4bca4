package co.presencia.feature;

import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * A lon/lat (CRS84) bounding box as OGC API Features defines {@code bbox} (/req/core/fc-bbox-definition): a
 * {@code west} greater than {@code east} means the box crosses the antimeridian and covers {@code west..180} and
 * {@code -180..east}. Latitudes are ordered ({@code south ≤ north}); all values are within ±180 / ±90.
 */
public record LonLatBox(double west, double south, double east, double north) {

    private static final GeometryFactory LON_LAT = new GeometryFactory(new PrecisionModel(), 4326);

    public LonLatBox {
        if (!(south <= north) || south < -90 || north > 90 || !(west >= -180 && west <= 180 && east >= -180 && east <= 180)) {
            throw new IllegalArgumentException("Not a lon/lat box: " + west + "," + south + "," + east + "," + north);
        }
    }

    /** The box of an envelope (which never crosses the antimeridian). */
    public static LonLatBox of(Envelope envelope) {
        return new LonLatBox(envelope.getMinX(), envelope.getMinY(), envelope.getMaxX(), envelope.getMaxY());
    }

    public boolean crossesAntimeridian() {
        return west > east;
    }

    /** One envelope, or two (east and west of the antimeridian) for a box that crosses it. */
    public List<Envelope> parts() {
        if (!crossesAntimeridian()) {
            return List.of(new Envelope(west, east, south, north));
        }
        return List.of(new Envelope(west, 180, south, north), new Envelope(-180, east, south, north));
    }

    /** A test of geometry (not envelope) intersection with the box, prepared once for many features. */
    public Matcher matcher() {
        return new Matcher(parts().stream().map(e -> new Part(e, PreparedGeometryFactory.prepare(LON_LAT.toGeometry(e)))).toList());
    }

    /** Tests geometries (EPSG:4326, x = longitude) against the box. */
    public static final class Matcher {
        private final List<Part> parts;

        private Matcher(List<Part> parts) {
            this.parts = parts;
        }

        /** Whether {@code geometry} intersects the box; false for no geometry. */
        public boolean intersects(Geometry geometry) {
            if (geometry == null) {
                return false;
            }
            Envelope envelope = geometry.getEnvelopeInternal();
            for (Part part : parts) {
                if (part.envelope().intersects(envelope) && part.box().intersects(geometry)) {
                    return true;
                }
            }
            return false;
        }
    }

    private record Part(Envelope envelope, PreparedGeometry box) {
    }
}
