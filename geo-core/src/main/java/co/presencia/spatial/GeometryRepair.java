package co.presencia.spatial;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Validates areal geometry with {@link IsValidOp} and repairs it with {@link GeometryFixer}. The result is always a
 * valid {@link MultiPolygon} with the input's SRID; what was wrong is kept for the load report.
 */
public final class GeometryRepair {

    private GeometryRepair() {
    }

    /** A polygonal geometry after validation. {@code problem} is null when nothing was repaired. */
    public record Result(MultiPolygon geometry, String problem) {
        public boolean repaired() {
            return problem != null;
        }
    }

    public static Result validate(Geometry geometry) {
        TopologyValidationError error = new IsValidOp(geometry).getValidationError();
        Geometry valid = geometry;
        String problem = null;
        if (error != null) {
            valid = GeometryFixer.fix(geometry);
            problem = error.getMessage() + " at " + error.getCoordinate();
        }
        return new Result(toMultiPolygon(valid, geometry.getSRID()), problem);
    }

    /** Polygonal parts of {@code geometry} as a MultiPolygon with {@code srid}. */
    public static MultiPolygon toMultiPolygon(Geometry geometry, int srid) {
        GeometryFactory factory = new GeometryFactory(new PrecisionModel(), srid);
        List<Polygon> parts = new ArrayList<>();
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Geometry part = geometry.getGeometryN(i);
            if (part instanceof Polygon polygon && !polygon.isEmpty()) {
                parts.add(polygon);
            } else if (part instanceof MultiPolygon || part.getNumGeometries() > 1) {
                MultiPolygon nested = toMultiPolygon(part, srid);
                for (int j = 0; j < nested.getNumGeometries(); j++) {
                    parts.add((Polygon) nested.getGeometryN(j));
                }
            }
        }
        MultiPolygon result = factory.createMultiPolygon(parts.stream().map(p -> (Polygon) factory.createGeometry(p)).toArray(Polygon[]::new));
        result.setSRID(srid);
        return result;
    }
}
