package co.presencia.feature;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * A tiny hand-made collection: three squares along the equator and one with a hole, names with accents and ñ,
 * a code with a leading zero, a null value and a name with quotes. Made up for the tests, not real boundaries.
 */
final class FeatureFixtures {

    static final CollectionMetadata METADATA = new CollectionMetadata("test-units", "Unidades de prueba", "Fixture",
            GeometryKind.MULTI_POLYGON, new Envelope(-75, -71, -1, 1), List.of(
                    PropertyDefinition.queryable("code", PropertyType.STRING, "Código", "cod"),
                    PropertyDefinition.queryable("name", PropertyType.STRING, "Nombre", "nombre"),
                    PropertyDefinition.of("population", PropertyType.INTEGER, "Población", "poblacion"),
                    PropertyDefinition.of("share", PropertyType.NUMBER, "Participación", "part"),
                    PropertyDefinition.queryable("pdet", PropertyType.BOOLEAN, "PDET", "pdet")),
            List.of(), "Fuente: pruebas");

    static List<Feature> features() {
        return List.of(
                feature("05001", "Medellín", 2_595_300L, 0.125, true, "MULTIPOLYGON (((-75 -1, -74 -1, -74 0, -75 0, -75 -1)))"),
                feature("52835", "San Andrés de Tumaco", 260_000L, null, false, "MULTIPOLYGON (((-74 -1, -73 -1, -73 0, -74 0, -74 -1)))"),
                feature("27001", "Quibdó \"capital\" ñandú", null, 1.5, true,
                        "MULTIPOLYGON (((-73 -1, -72 -1, -72 0, -73 0, -73 -1)))"),
                feature("94343", "Barrancominas", 5_000L, 0.0, false,
                        "MULTIPOLYGON (((-75 0, -71 0, -71 1, -75 1, -75 0), (-73.5 0.25, -72.5 0.25, -72.5 0.75, -73.5 0.75, -73.5 0.25)))"));
    }

    static Feature feature(String code, String name, Long population, Double share, boolean pdet, String wkt) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("code", code);
        p.put("name", name);
        p.put("population", population);
        p.put("share", share);
        p.put("pdet", pdet);
        return new Feature(code, p, geometry(wkt));
    }

    static Geometry geometry(String wkt) {
        try {
            Geometry g = new WKTReader().read(wkt);
            g.setSRID(4326);
            return g;
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private FeatureFixtures() {
    }
}
