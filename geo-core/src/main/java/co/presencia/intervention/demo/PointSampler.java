package co.presencia.intervention.demo;

import co.presencia.territory.DivipolaCode;
import co.presencia.territory.Municipality;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Points strictly inside municipalities, for generated files: a few per municipality, drawn uniformly in its
 * envelope and kept when the polygon contains them (its interior point when none is found quickly). Deterministic
 * for a given seed.
 */
final class PointSampler {

    private final Map<DivipolaCode, List<double[]>> points = new HashMap<>();

    PointSampler(Iterable<Municipality> municipalities, int perMunicipality, long seed) {
        Random random = new Random(seed);
        GeometryFactory factory = new GeometryFactory();
        for (Municipality m : municipalities) {
            if (m.geometry() == null) {
                continue;
            }
            PreparedGeometry prepared = PreparedGeometryFactory.prepare(m.geometry());
            Envelope env = m.geometry().getEnvelopeInternal();
            List<double[]> found = new ArrayList<>();
            for (int tries = 0; tries < perMunicipality * 40 && found.size() < perMunicipality; tries++) {
                double x = round6(env.getMinX() + random.nextDouble() * env.getWidth());
                double y = round6(env.getMinY() + random.nextDouble() * env.getHeight());
                Point p = factory.createPoint(new Coordinate(x, y));
                if (prepared.containsProperly(p)) {
                    found.add(new double[] {x, y});
                }
            }
            if (found.isEmpty()) {
                Point interior = m.geometry().getInteriorPoint();
                found.add(new double[] {interior.getX(), interior.getY()});
            }
            points.put(m.code(), found);
        }
    }

    /** A point inside {@code code}'s polygon, or null when it has no geometry. */
    double[] pick(DivipolaCode code, Random random) {
        List<double[]> list = points.get(code);
        return list == null ? null : list.get(random.nextInt(list.size()));
    }

    static double round6(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
