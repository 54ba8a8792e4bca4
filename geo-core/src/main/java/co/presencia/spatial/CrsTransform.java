package co.presencia.spatial;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.BasicCoordinateTransform;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Reprojects JTS geometries with proj4j. EPSG:9377 is not in proj4j's EPSG table (nor in H2GIS's), so its
 * definition is given here from the EPSG registry: transverse Mercator, latitude of origin 4°N, central meridian
 * 73°W, scale 0.9992, false easting 5,000,000 m, false northing 2,000,000 m, GRS 1980, MAGNA-SIRGAS datum
 * (coincident with WGS 84 within a metre). EPSG:4686 and EPSG:4326 are treated as the same axes and values.
 *
 * <p>Thread-safe: proj4j transforms are created per call, the CRS definitions are cached.
 */
public final class CrsTransform {

    static final String ORIGEN_NACIONAL_PROJ4 =
            "+proj=tmerc +lat_0=4 +lon_0=-73 +k=0.9992 +x_0=5000000 +y_0=2000000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs";
    /**
     * The systems Colombian boundary files come in, from the EPSG registry (proj4j ships no EPSG table since 1.2;
     * its optional proj4j-epsg module carries the EPSG terms of use, so the few definitions needed are kept here).
     */
    private static final Map<Integer, String> DEFINITIONS = Map.of(
            Srid.WGS84, "+proj=longlat +datum=WGS84 +no_defs",
            Srid.MAGNA_SIRGAS, "+proj=longlat +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +no_defs",
            Srid.ORIGEN_NACIONAL, ORIGEN_NACIONAL_PROJ4,
            3116, "+proj=tmerc +lat_0=4.596200416666666 +lon_0=-74.07750791666666 +k=1 +x_0=1000000 +y_0=1000000"
                    + " +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
            3857, "+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +wktext +no_defs");
    private static final CRSFactory FACTORY = new CRSFactory();
    private static final Map<Integer, CoordinateReferenceSystem> CACHE = new ConcurrentHashMap<>();

    private CrsTransform() {
    }

    /** Whether the SRID is geographic lon/lat in degrees on (or within a metre of) WGS 84. */
    public static boolean isWgs84Equivalent(int srid) {
        return srid == Srid.WGS84 || srid == Srid.MAGNA_SIRGAS || srid == 4170;
    }

    /** Returns a copy of {@code geometry} in {@code targetSrid}; the source SRID is {@code geometry.getSRID()}. */
    public static Geometry transform(Geometry geometry, int targetSrid) {
        int sourceSrid = geometry.getSRID();
        if (sourceSrid == 0) {
            throw new IllegalArgumentException("Geometry has no SRID; every geometry must carry one");
        }
        Geometry copy = geometry.copy();
        if (sourceSrid == targetSrid || (isWgs84Equivalent(sourceSrid) && isWgs84Equivalent(targetSrid))) {
            copy.setSRID(targetSrid);
            return copy;
        }
        CoordinateTransform transform = new BasicCoordinateTransform(crs(sourceSrid), crs(targetSrid));
        copy.apply(new ProjFilter(transform));
        copy.geometryChanged();
        copy.setSRID(targetSrid);
        return copy;
    }

    /** Area in km² measured in EPSG:9377. */
    public static double areaKm2(Geometry geometry) {
        return transform(geometry, Srid.ORIGEN_NACIONAL).getArea() / 1_000_000.0;
    }

    /** Transforms one lon/lat (or x/y) pair. */
    public static double[] transform(double x, double y, int sourceSrid, int targetSrid) {
        if (sourceSrid == targetSrid || (isWgs84Equivalent(sourceSrid) && isWgs84Equivalent(targetSrid))) {
            return new double[] {x, y};
        }
        CoordinateTransform transform = new BasicCoordinateTransform(crs(sourceSrid), crs(targetSrid));
        ProjCoordinate out = transform.transform(new ProjCoordinate(x, y), new ProjCoordinate());
        return new double[] {out.x, out.y};
    }

    static CoordinateReferenceSystem crs(int srid) {
        return CACHE.computeIfAbsent(srid, code -> {
            String definition = DEFINITIONS.get(code);
            if (definition == null) {
                throw new UnsupportedCrsException(code, null);
            }
            return FACTORY.createFromParameters("EPSG:" + code, definition);
        });
    }

    /** A CRS that neither proj4j's table nor this class knows. */
    public static class UnsupportedCrsException extends IllegalArgumentException {
        public UnsupportedCrsException(int srid, Throwable cause) {
            super("Unsupported CRS EPSG:" + srid, cause);
        }
    }

    private static final class ProjFilter implements CoordinateSequenceFilter {
        private final CoordinateTransform transform;
        private final ProjCoordinate in = new ProjCoordinate();
        private final ProjCoordinate out = new ProjCoordinate();

        ProjFilter(CoordinateTransform transform) {
            this.transform = transform;
        }

        @Override
        public void filter(CoordinateSequence seq, int i) {
            in.x = seq.getX(i);
            in.y = seq.getY(i);
            transform.transform(in, out);
            seq.setOrdinate(i, 0, out.x);
            seq.setOrdinate(i, 1, out.y);
        }

        @Override
        public boolean isDone() {
            return false;
        }

        @Override
        public boolean isGeometryChanged() {
            return true;
        }
    }
}
