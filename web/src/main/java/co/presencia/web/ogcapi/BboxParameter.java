package co.presencia.web.ogcapi;

import co.presencia.error.InvalidParameterException;
import co.presencia.feature.FeatureCrs;
import co.presencia.feature.LonLatBox;
import org.locationtech.jts.geom.Envelope;

/**
 * {@code bbox}: four numbers (or six, with heights, which are ignored) in the axis order of {@code bbox-crs}:
 * for CRS84 min lon, min lat, max lon, max lat; for EPSG:4326/4686 min lat, min lon, max lat, max lon; for
 * EPSG:9377 min northing, min easting, max northing, max easting. Turned into a lon/lat envelope; for EPSG:9377 the
 * envelope of the densified box edges (slightly larger than the box, never smaller). A west longitude greater than
 * the east one is a box that crosses the antimeridian (/req/core/fc-bbox-definition: {@code 177,65,-177,70} is
 * valid); any other lower corner above its upper corner is a 400, and so is a metric EPSG:9377 box reversed on
 * either axis.
 */
public record BboxParameter(LonLatBox lonLat) {

    public static final String NAME = "bbox";

    /** Empty {@code text} gives null (no spatial filter). */
    public static BboxParameter parse(String text, FeatureCrs crs) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.split(",", -1);
        if (parts.length != 4 && parts.length != 6) {
            throw new InvalidParameterException(NAME, "query.bbox.count", parts.length);
        }
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new InvalidParameterException(NAME, "query.bbox.number", parts[i]);
            }
            if (!Double.isFinite(v[i])) {
                throw new InvalidParameterException(NAME, "query.bbox.number", parts[i]);
            }
        }
        int half = parts.length / 2;
        double lowA = v[0];
        double lowB = v[1];
        double highA = v[half];
        double highB = v[half + 1];
        if (crs != FeatureCrs.EPSG_9377) {
            double west = crs.swapsAxes() ? lowB : lowA;
            double south = crs.swapsAxes() ? lowA : lowB;
            double east = crs.swapsAxes() ? highB : highA;
            double north = crs.swapsAxes() ? highA : highB;
            if (south < -90 || north > 90 || west < -180 || east > 180 || west > 180 || east < -180) {
                throw new InvalidParameterException(NAME, "query.bbox.range");
            }
            if (south > north) {
                throw new InvalidParameterException(NAME, "query.bbox.latitudes");
            }
            return new BboxParameter(new LonLatBox(west, south, east, north));
        }
        if (lowA > highA || lowB > highB) {
            throw new InvalidParameterException(NAME, "query.bbox.corners");
        }
        Envelope envelope = new Envelope();
        int steps = 16;
        for (int i = 0; i <= steps; i++) {
            double a = lowA + (highA - lowA) * i / steps;
            double b = lowB + (highB - lowB) * i / steps;
            include(envelope, crs, a, lowB);
            include(envelope, crs, a, highB);
            include(envelope, crs, lowA, b);
            include(envelope, crs, highA, b);
        }
        // Far outside the projection's area the inverse gives infinities or wraps (found by OgcParametersFuzzTest).
        if (!(envelope.getMinX() >= -180 && envelope.getMaxX() <= 180 && envelope.getMinY() >= -90 && envelope.getMaxY() <= 90)) {
            throw new InvalidParameterException(NAME, "query.bbox.outsideProjection");
        }
        return new BboxParameter(LonLatBox.of(envelope));
    }

    private static void include(Envelope envelope, FeatureCrs crs, double first, double second) {
        double[] lonLat = crs.toLonLat(first, second);
        envelope.expandToInclude(lonLat[0], lonLat[1]);
    }
}
