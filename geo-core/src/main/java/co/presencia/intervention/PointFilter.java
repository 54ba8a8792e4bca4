package co.presencia.intervention;

import co.presencia.territory.DepartmentCode;
import co.presencia.territory.DivipolaCode;

/**
 * Which stored points a read selects, besides the dataset: a lon/lat box (inclusive) and equality on the
 * publishable fields. A null field does not filter.
 *
 * @param minLongitude west edge, or null for no box (then all four are null)
 * @param minLatitude  south edge
 * @param maxLongitude east edge
 * @param maxLatitude  north edge
 * @param year         reporting year
 * @param program      program exactly as stored
 * @param axis         axis
 * @param size         company size
 * @param municipality municipality code as stored
 * @param department   department of the stored municipality code
 * @param placement    how the record was placed
 */
public record PointFilter(Double minLongitude, Double minLatitude, Double maxLongitude, Double maxLatitude, Integer year,
                          String program, Axis axis, CompanySize size, DivipolaCode municipality, DepartmentCode department,
                          Placement placement) {

    /** Every point. */
    public static final PointFilter ALL = new PointFilter(null, null, null, null, null, null, null, null, null, null, null);

    public PointFilter {
        boolean anyEdge = minLongitude != null || minLatitude != null || maxLongitude != null || maxLatitude != null;
        boolean allEdges = minLongitude != null && minLatitude != null && maxLongitude != null && maxLatitude != null;
        if (anyEdge && !allEdges) {
            throw new IllegalArgumentException("A box needs its four edges");
        }
    }

    public PointFilter withBox(double minLon, double minLat, double maxLon, double maxLat) {
        return new PointFilter(minLon, minLat, maxLon, maxLat, year, program, axis, size, municipality, department, placement);
    }
}
