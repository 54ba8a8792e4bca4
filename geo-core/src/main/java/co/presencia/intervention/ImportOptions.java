package co.presencia.intervention;

import co.presencia.error.InvalidParameterException;
import java.util.Map;
import java.util.Objects;

/**
 * What an import should do.
 *
 * @param datasetId     target dataset (a slug); created when missing
 * @param datasetName   display name when the dataset is created (null: the id); at most {@value #MAX_DATASET_NAME} characters
 * @param synthetic     marks a created dataset as synthetic (the demo)
 * @param fileName      the file's name as the user knows it (reports name it); at most {@value #MAX_FILE_NAME} characters
 * @param acceptPartial import the valid rows even when some are rejected (default: any reject → nothing imported)
 * @param replace       also remove stored records of the dataset that the file does not have (default: keep them)
 * @param mapping       explicit column mapping, field → header as written (each at most {@value #MAX_MAPPED_COLUMN}
 *                      characters, no control characters); empty for aliases only
 * @param sheet         the XLSX sheet to read, by name; null to take the first sheet that has a header
 */
public record ImportOptions(String datasetId, String datasetName, boolean synthetic, String fileName,
                            boolean acceptPartial, boolean replace, Map<SourceField, String> mapping, String sheet) {

    /** Longest dataset name, as the store keeps it. */
    public static final int MAX_DATASET_NAME = 200;
    /** Longest file name, as the store keeps it. */
    public static final int MAX_FILE_NAME = 500;
    /** Longest sheet name (Excel allows 31 characters). */
    public static final int MAX_SHEET_NAME = 100;
    /** Longest column name a mapping may give (a report quotes it when the file lacks it). */
    public static final int MAX_MAPPED_COLUMN = 200;

    public ImportOptions {
        DatasetId.require(datasetId);
        Objects.requireNonNull(fileName, "fileName");
        requireText("name", datasetName, MAX_DATASET_NAME);
        requireText("file", fileName, MAX_FILE_NAME);
        requireText("sheet", sheet, MAX_SHEET_NAME);
        mapping = mapping == null ? Map.of() : Map.copyOf(mapping);
        mapping.values().forEach(column -> requireText("mapping", column, MAX_MAPPED_COLUMN));
        sheet = sheet == null || sheet.isBlank() ? null : sheet.strip();
    }

    /** A text the store keeps: at most {@code max} characters, no control characters (null allowed). */
    private static void requireText(String parameter, String text, int max) {
        if (text != null && (text.length() > max || text.chars().anyMatch(Character::isISOControl))) {
            throw new InvalidParameterException(parameter, "import.text.invalid", parameter, max);
        }
    }

    /** Atomic import into {@code datasetId}, aliases only. */
    public static ImportOptions of(String datasetId, String fileName) {
        return new ImportOptions(datasetId, null, false, fileName, false, false, Map.of(), null);
    }

    public ImportOptions withAcceptPartial(boolean value) {
        return new ImportOptions(datasetId, datasetName, synthetic, fileName, value, replace, mapping, sheet);
    }

    public ImportOptions withReplace(boolean value) {
        return new ImportOptions(datasetId, datasetName, synthetic, fileName, acceptPartial, value, mapping, sheet);
    }

    public ImportOptions withDatasetName(String name, boolean isSynthetic) {
        return new ImportOptions(datasetId, name, isSynthetic, fileName, acceptPartial, replace, mapping, sheet);
    }

    /** Reads the named XLSX sheet (null or blank: the first that has a header). */
    public ImportOptions withSheet(String name) {
        return new ImportOptions(datasetId, datasetName, synthetic, fileName, acceptPartial, replace, mapping, name);
    }

    public ImportOptions withMapping(Map<SourceField, String> explicit) {
        return new ImportOptions(datasetId, datasetName, synthetic, fileName, acceptPartial, replace, explicit, sheet);
    }
}
