package co.presencia.intervention;

import co.presencia.territory.DivipolaCode;
import java.util.Objects;

/**
 * A stored intervention that has coordinates, reduced to the fields that may be published on a map: never the
 * beneficiary id (a NIT or a personal id), the amount, the sector, the focus or the source line.
 *
 * @param recordId     the record id, unique within its dataset
 * @param year         reporting year
 * @param program      program or instrument as written by the source
 * @param axis         axis or strategy, or null
 * @param size         company size, or null
 * @param municipality the municipality it was placed in
 * @param placement    how it was placed (point in polygon, swapped point, code, name)
 * @param longitude    WGS 84 longitude
 * @param latitude     WGS 84 latitude
 */
public record InterventionPoint(String recordId, int year, String program, Axis axis, CompanySize size,
                                DivipolaCode municipality, Placement placement, double longitude, double latitude) {
    public InterventionPoint {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(placement, "placement");
    }
}
