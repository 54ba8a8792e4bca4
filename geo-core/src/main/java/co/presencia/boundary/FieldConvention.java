package co.presencia.boundary;

import java.util.List;

/**
 * DANE's attribute names for municipal and department layers. MGN 2018 uses {@code MPIO_CCNCT}, {@code MPIO_CNMBR};
 * MGN 2023 and later use lower-case {@code mpio_cdpmp}, {@code mpio_cnmbr}. Fields are compared upper-cased.
 */
enum FieldConvention {
    MGN_2018("MGN 2018 (MPIO_CCNCT, MPIO_CNMBR, DPTO_CCDGO, DPTO_CNMBR)",
            List.of("MPIO_CCNCT", "MPIO_CDPMP"), List.of("MPIO_CNMBR"), List.of("DPTO_CCDGO"), List.of("DPTO_CNMBR"), List.of("MPIO_CCDGO")),
    MGN_2023("MGN 2023+ (mpio_cdpmp, mpio_cnmbr, dpto_ccdgo, dpto_cnmbr)",
            List.of("MPIO_CDPMP"), List.of("MPIO_CNMBR"), List.of("DPTO_CCDGO"), List.of("DPTO_CNMBR"), List.of("MPIO_CCDGO"));

    final String description;
    final List<String> codeFields;
    final List<String> nameFields;
    final List<String> departmentCodeFields;
    final List<String> departmentNameFields;
    final List<String> localCodeFields;

    FieldConvention(String description, List<String> codeFields, List<String> nameFields, List<String> departmentCodeFields,
                    List<String> departmentNameFields, List<String> localCodeFields) {
        this.description = description;
        this.codeFields = codeFields;
        this.nameFields = nameFields;
        this.departmentCodeFields = departmentCodeFields;
        this.departmentNameFields = departmentNameFields;
        this.localCodeFields = localCodeFields;
    }

    /** Which convention a layer follows, from its field names (upper-cased). */
    static FieldConvention detect(List<String> fields) {
        return fields.contains("MPIO_CCNCT") || !fields.contains("MPIO_CDPMP") ? MGN_2018 : MGN_2023;
    }

    static String first(SourceFeature feature, List<String> candidates) {
        for (String field : candidates) {
            String value = feature.text(field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
