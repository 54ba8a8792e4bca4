package co.presencia.feature;

/** The value types a feature property can have; each writer maps them to its own column or JSON types. */
public enum PropertyType {
    /** Text; {@link String}. */
    STRING("string"),
    /** Whole number; {@link Long} or {@link Integer}. */
    INTEGER("integer"),
    /** Real number; {@link Double}. */
    NUMBER("number"),
    /** {@link Boolean}. */
    BOOLEAN("boolean");

    private final String jsonSchemaType;

    PropertyType(String jsonSchemaType) {
        this.jsonSchemaType = jsonSchemaType;
    }

    /** The JSON Schema type name ({@code string}, {@code integer}, {@code number}, {@code boolean}). */
    public String jsonSchemaType() {
        return jsonSchemaType;
    }
}
