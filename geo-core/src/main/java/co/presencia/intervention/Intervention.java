package co.presencia.intervention;

import co.presencia.territory.DivipolaCode;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One record of a program reaching a beneficiary in one place (DOMAIN.md §2), already joined to its municipality.
 *
 * @param recordId      unique within its dataset; re-importing the same id updates, never duplicates
 * @param beneficiaryId counts distinct beneficiaries (one company in two instruments is one beneficiary)
 * @param year          reporting period
 * @param program       program or instrument, as written by the source (display spelling)
 * @param axis          axis or strategy; null when the source gives none
 * @param size          company size; null when not a company or not given
 * @param municipality  the municipality it was placed in
 * @param placement     how it was placed
 * @param longitude     WGS 84 longitude when the source had coordinates, else null
 * @param latitude      WGS 84 latitude when the source had coordinates, else null
 * @param sector        the economic activity as the source wrote it ({@code 111}, {@code C1011}, {@code 1030}), optional
 * @param ciiu          the CIIU Rev. 4 A.C. entry {@code sector} was read as (ADR 0013): a section letter, or a
 *                      division, group or class code with its leading zeros ({@code 0111}; {@code 103} for the replaced
 *                      class 1030); null when the source gives none
 * @param amountCop     amount in COP, optional
 * @param focus         differential focus (mujeres, víctimas, étnico, artesanos), optional
 * @param status        iniciada / finalizada, optional
 * @param sourceLine    line of the source file it came from (1-based, header = 1)
 */
public record Intervention(
        String recordId,
        String beneficiaryId,
        int year,
        String program,
        Axis axis,
        CompanySize size,
        DivipolaCode municipality,
        Placement placement,
        Double longitude,
        Double latitude,
        String sector,
        String ciiu,
        BigDecimal amountCop,
        String focus,
        String status,
        int sourceLine) {

    public Intervention {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(beneficiaryId, "beneficiaryId");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(placement, "placement");
        if ((longitude == null) != (latitude == null)) {
            throw new IllegalArgumentException("Record " + recordId + ": longitude and latitude go together");
        }
        if (ciiu != null && sector == null) {
            throw new IllegalArgumentException("Record " + recordId + ": a CIIU code is read from a written sector");
        }
    }

    /** A record whose sector, if any, was not read against the classification (no CIIU code). */
    public Intervention(String recordId, String beneficiaryId, int year, String program, Axis axis, CompanySize size,
                        DivipolaCode municipality, Placement placement, Double longitude, Double latitude, String sector,
                        BigDecimal amountCop, String focus, String status, int sourceLine) {
        this(recordId, beneficiaryId, year, program, axis, size, municipality, placement, longitude, latitude, sector, null,
                amountCop, focus, status, sourceLine);
    }
}
