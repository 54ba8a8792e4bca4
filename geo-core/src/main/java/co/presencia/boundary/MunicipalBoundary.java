package co.presencia.boundary;

import co.presencia.territory.DepartmentCode;
import co.presencia.territory.DivipolaCode;
import org.locationtech.jts.geom.MultiPolygon;

/** A municipal polygon from the MGN, in EPSG:4326, valid, with its area measured in EPSG:9377. */
public record MunicipalBoundary(DivipolaCode code, String mgnName, DepartmentCode departmentCode, String departmentName,
                                MultiPolygon geometry, double areaKm2) {
}
