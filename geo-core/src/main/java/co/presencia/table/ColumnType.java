package co.presencia.table;

/** The value type of a column; each output maps it to its own type (JSON, JSON Schema, DBF, SQLite, spreadsheet). */
public enum ColumnType {
    /** Text; {@link String}. */
    STRING,
    /** Whole number; {@link Integer} or {@link Long}. */
    INTEGER,
    /** Real number; {@link Double}. */
    NUMBER,
    /** {@link Boolean}. */
    BOOLEAN,
    /** A list of texts ({@code List<String>}): an array in JSON, the texts joined by spaces in flat formats. */
    STRING_LIST
}
