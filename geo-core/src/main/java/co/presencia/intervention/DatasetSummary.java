package co.presencia.intervention;

import java.time.Instant;
import java.util.Objects;

/**
 * A named dataset of interventions and its figures as of its last import.
 *
 * @param id              slug, e.g. {@code colombia-productiva-2023} or {@code demo}
 * @param name            display name, e.g. "Demo (sintético)"
 * @param synthetic       true when the records are generated (the demo), so every view can label them
 * @param interventions   stored records
 * @param beneficiaries   distinct beneficiary ids
 * @param municipalities  distinct municipality codes reached
 * @param createdAt       when the dataset was created
 * @param lastImportAt    when an import last committed into it; null before the first
 * @param lastFileName    the file of that import; null before the first
 * @param contentChecksum SHA-256 (hex) of the stored records in record-id order (id and row hash of each); equal
 *                        checksums mean equal content. Null before the first import
 */
public record DatasetSummary(
        String id,
        String name,
        boolean synthetic,
        long interventions,
        long beneficiaries,
        long municipalities,
        Instant createdAt,
        Instant lastImportAt,
        String lastFileName,
        String contentChecksum) {

    public DatasetSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
