package co.presencia.intervention;

import java.util.Map;
import java.util.Objects;

/**
 * What an import should do.
 *
 * @param datasetId     target dataset (a slug); created when missing
 * @param datasetName   display name when the dataset is created (null: the id)
 * @param synthetic     marks a created dataset as synthetic (the demo)
 * @param fileName      the file's name as the user knows it (reports name it)
 * @param acceptPartial import the valid rows even when some are rejected (default: any reject → nothing imported)
 * @param replace       also remove stored records of the dataset that the file does not have (default: keep them)
 * @param mapping       explicit column mapping, field → header as written; empty for aliases only
 */
public record ImportOptions(String datasetId, String datasetName, boolean synthetic, String fileName,
                            boolean acceptPartial, boolean replace, Map<SourceField, String> mapping) {

    public ImportOptions {
        DatasetId.require(datasetId);
        Objects.requireNonNull(fileName, "fileName");
        mapping = mapping == null ? Map.of() : Map.copyOf(mapping);
    }

    /** Atomic import into {@code datasetId}, aliases only. */
    public static ImportOptions of(String datasetId, String fileName) {
        return new ImportOptions(datasetId, null, false, fileName, false, false, Map.of());
    }

    public ImportOptions withAcceptPartial(boolean value) {
        return new ImportOptions(datasetId, datasetName, synthetic, fileName, value, replace, mapping);
    }

    public ImportOptions withReplace(boolean value) {
        return new ImportOptions(datasetId, datasetName, synthetic, fileName, acceptPartial, value, mapping);
    }

    public ImportOptions withDatasetName(String name, boolean isSynthetic) {
        return new ImportOptions(datasetId, name, isSynthetic, fileName, acceptPartial, replace, mapping);
    }

    public ImportOptions withMapping(Map<SourceField, String> explicit) {
        return new ImportOptions(datasetId, datasetName, synthetic, fileName, acceptPartial, replace, explicit);
    }
}
