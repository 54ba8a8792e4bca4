package co.presencia.web.ogcapi;

import co.presencia.feature.FeatureCrs;
import org.locationtech.jts.geom.Envelope;

/**
 * {@code bbox}: four numbers (or six, with heights, which are ignored) in the axis order of {@code bbox-crs}:
 * for CRS84 min lon, min lat, max lon, max lat; for EPSG:4326/4686 min lat, min lon, max lat, max lon; for
 * EPSG:9377 min northing, min easting, max northing, max easting. Turned into a lon/lat envelope; for EPSG:9377 the
 * envelope of the densified box edges (slightly larger than the box, never smaller). A box whose lower corner
 * exceeds its upper corner is a 400, except for longitude where it crosses the antimeridian, which Colombia does
 * not, so that is a 400 too.
 */
public record BboxParameter(Envelope lonLat) {

    public static final String NAME = "bbox";

    /** Empty {@code text} gives null (no spatial filter). */
    public static BboxParameter parse(String text, FeatureCrs crs) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.split(",", -1);
        if (parts.length != 4 && parts.length != 6) {
            throw OgcException.invalidParameter(NAME, "4 or 6 comma-separated numbers are expected, got " + parts.length);
        }
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw OgcException.invalidParameter(NAME, "'" + parts[i] + "' is not a number");
            }
            if (!Double.isFinite(v[i])) {
                throw OgcException.invalidParameter(NAME, "'" + parts[i] + "' is not a finite number");
            }
        }
        int half = parts.length / 2;
        double lowA = v[0];
        double lowB = v[1];
        double highA = v[half];
        double highB = v[half + 1];
        if (lowA > highA || lowB > highB) {
            throw OgcException.invalidParameter(NAME, "the lower corner must not exceed the upper corner");
        }
        if (crs != FeatureCrs.EPSG_9377) {
            double minLon = crs.swapsAxes() ? lowB : lowA;
            double minLat = crs.swapsAxes() ? lowA : lowB;
            double maxLon = crs.swapsAxes() ? highB : highA;
            double maxLat = crs.swapsAxes() ? highA : highB;
            if (minLat < -90 || maxLat > 90 || minLon < -180 || maxLon > 180) {
                throw OgcException.invalidParameter(NAME, "latitudes must be within ±90 and longitudes within ±180");
            }
            return new BboxParameter(new Envelope(minLon, maxLon, minLat, maxLat));
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
            throw OgcException.invalidParameter(NAME, "the box is far outside the area EPSG:9377 covers");
        }
        return new BboxParameter(envelope);
    }

    private static void include(Envelope envelope, FeatureCrs crs, double first, double second) {
        double[] lonLat = crs.toLonLat(first, second);
        envelope.expandToInclude(lonLat[0], lonLat[1]);
    }
}
