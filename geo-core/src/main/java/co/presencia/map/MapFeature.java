package co.presencia.map;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * One unit of a choropleth.
 *
 * @param id       its id (DIVIPOLA code)
 * @param group    the unit it belongs to, whose outline is drawn over the map (the department code), or null
 * @param geometry EPSG:4326, x = longitude; part of a clean polygonal coverage with the other features
 * @param value    the mapped value, or null for "Sin dato"
 */
public record MapFeature(String id, String group, Geometry geometry, Double value) {
    public MapFeature {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(geometry, "geometry");
        if (geometry.getSRID() != 4326) {
            throw new IllegalArgumentException("Map feature " + id + " must be EPSG:4326");
        }
        if (value != null && (value.isNaN() || value.isInfinite())) {
            value = null;
        }
    }
}
