package co.presencia.feature;

import co.presencia.spatial.CrsTransform;
import co.presencia.spatial.GeoJson;
import co.presencia.spatial.Srid;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * The coordinate reference systems features are served in (OGC API Features Part 2), with their axis order.
 * CRS84 is longitude, latitude; EPSG:4326 and EPSG:4686 are latitude, longitude as the EPSG registry defines them;
 * EPSG:9377 (MAGNA-SIRGAS / Origen-Nacional) is northing, easting in metres, also as the registry defines it.
 */
public enum FeatureCrs {
    CRS84("http://www.opengis.net/def/crs/OGC/1.3/CRS84", Srid.WGS84, false, 7, "WGS 84 (CRS84, longitud, latitud)"),
    EPSG_4326("http://www.opengis.net/def/crs/EPSG/0/4326", Srid.WGS84, true, 7, "WGS 84 (EPSG:4326, latitud, longitud)"),
    EPSG_4686("http://www.opengis.net/def/crs/EPSG/0/4686", Srid.MAGNA_SIRGAS, true, 7, "MAGNA-SIRGAS (EPSG:4686, latitud, longitud)"),
    EPSG_9377("http://www.opengis.net/def/crs/EPSG/0/9377", Srid.ORIGEN_NACIONAL, true, 2,
            "MAGNA-SIRGAS / Origen-Nacional (EPSG:9377, norte, este, metros)");

    private final String uri;
    private final int srid;
    private final boolean swapsAxes;
    private final int decimals;
    private final String title;

    FeatureCrs(String uri, int srid, boolean swapsAxes, int decimals, String title) {
        this.uri = uri;
        this.srid = srid;
        this.swapsAxes = swapsAxes;
        this.decimals = decimals;
        this.title = title;
    }

    /** The OGC URI ({@code http://www.opengis.net/def/crs/EPSG/0/4326}). */
    public String uri() {
        return uri;
    }

    public int srid() {
        return srid;
    }

    /** Whether the first axis is northing/latitude, so JTS x/y must be swapped on output and on bbox input. */
    public boolean swapsAxes() {
        return swapsAxes;
    }

    /** Decimals written for coordinates: 7 for degrees (≈1 cm), 2 for metres. */
    public int decimals() {
        return decimals;
    }

    /** How coordinates in this CRS are written: its decimals and axis order, every position kept. */
    public GeoJson.CoordinateFormat coordinateFormat() {
        return new GeoJson.CoordinateFormat(decimals, swapsAxes, false);
    }

    public String title() {
        return title;
    }

    /** Reads an OGC CRS URI, its https form, or a safe CURIE such as {@code [EPSG:4326]}; empty when unknown. */
    public static Optional<FeatureCrs> fromUri(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        if (value.startsWith("[") && value.endsWith("]")) {
            value = value.substring(1, value.length() - 1);
            for (FeatureCrs crs : values()) {
                if (value.equals(crs.curie())) {
                    return Optional.of(crs);
                }
            }
            return Optional.empty();
        }
        if (value.startsWith("https://")) {
            value = "http://" + value.substring("https://".length());
        }
        for (FeatureCrs crs : values()) {
            if (crs.uri.equals(value)) {
                return Optional.of(crs);
            }
        }
        return Optional.empty();
    }

    /** {@code EPSG:4326}, {@code OGC:CRS84}. */
    public String curie() {
        return this == CRS84 ? "OGC:CRS84" : "EPSG:" + srid;
    }

    /** {@code geometry} (EPSG:4326, x = longitude) in this CRS, still x/y in JTS terms (axis swap is the writer's). */
    public Geometry project(Geometry geometry) {
        return srid == Srid.WGS84 ? geometry : CrsTransform.transform(geometry, srid);
    }

    /** A point given in this CRS's axis order, as lon/lat (CRS84). */
    public double[] toLonLat(double first, double second) {
        double x = swapsAxes ? second : first;
        double y = swapsAxes ? first : second;
        return CrsTransform.transform(x, y, srid, Srid.WGS84);
    }
}
