package co.presencia.territory;

import java.util.Objects;
import org.locationtech.jts.geom.MultiPolygon;

/** A department with its geometry (EPSG:4326) and its area in km² measured in EPSG:9377. */
public record DepartmentBoundary(Department department, MultiPolygon geometry, double areaKm2) {
    public DepartmentBoundary {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(geometry, "geometry");
        if (geometry.getSRID() != 4326) {
            throw new IllegalArgumentException("Department " + department.code() + " geometry must be EPSG:4326");
        }
    }
}
