package co.presencia.spatial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * RFC 7946 GeoJSON geometry as plain maps and lists (any JSON library writes them). Coordinates are written
 * x = longitude, y = latitude, rounded to {@code decimals} places (7 ≈ 1 cm).
 */
public final class GeoJson {

    private GeoJson() {
    }

    public static Map<String, Object> geometry(Geometry geometry, int decimals) {
        double scale = Math.pow(10, decimals);
        Map<String, Object> json = new LinkedHashMap<>();
        if (geometry instanceof Point p) {
            json.put("type", "Point");
            json.put("coordinates", position(p.getCoordinate(), scale));
        } else if (geometry instanceof LineString l) {
            json.put("type", "LineString");
            json.put("coordinates", positions(l.getCoordinates(), scale));
        } else if (geometry instanceof Polygon p) {
            json.put("type", "Polygon");
            json.put("coordinates", rings(p, scale));
        } else if (geometry instanceof MultiPolygon mp) {
            json.put("type", "MultiPolygon");
            List<Object> polygons = new ArrayList<>();
            for (int i = 0; i < mp.getNumGeometries(); i++) {
                polygons.add(rings((Polygon) mp.getGeometryN(i), scale));
            }
            json.put("coordinates", polygons);
        } else if (geometry instanceof MultiPoint mp) {
            json.put("type", "MultiPoint");
            json.put("coordinates", positions(mp.getCoordinates(), scale));
        } else if (geometry instanceof MultiLineString ml) {
            json.put("type", "MultiLineString");
            List<Object> lines = new ArrayList<>();
            for (int i = 0; i < ml.getNumGeometries(); i++) {
                lines.add(positions(ml.getGeometryN(i).getCoordinates(), scale));
            }
            json.put("coordinates", lines);
        } else if (geometry instanceof GeometryCollection gc) {
            json.put("type", "GeometryCollection");
            List<Object> members = new ArrayList<>();
            for (int i = 0; i < gc.getNumGeometries(); i++) {
                members.add(geometry(gc.getGeometryN(i), decimals));
            }
            json.put("geometries", members);
        } else {
            throw new IllegalArgumentException("Unsupported geometry " + geometry.getGeometryType());
        }
        return json;
    }

    private static List<Object> rings(Polygon polygon, double scale) {
        List<Object> rings = new ArrayList<>();
        rings.add(positions(polygon.getExteriorRing().getCoordinates(), scale));
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            rings.add(positions(polygon.getInteriorRingN(i).getCoordinates(), scale));
        }
        return rings;
    }

    private static List<Object> positions(Coordinate[] coordinates, double scale) {
        List<Object> list = new ArrayList<>(coordinates.length);
        for (Coordinate c : coordinates) {
            list.add(position(c, scale));
        }
        return list;
    }

    private static double[] position(Coordinate c, double scale) {
        return new double[] {Math.round(c.x * scale) / scale, Math.round(c.y * scale) / scale};
    }
}
