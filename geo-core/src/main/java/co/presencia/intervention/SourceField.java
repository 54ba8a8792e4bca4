package co.presencia.intervention;

import co.presencia.text.NameKey;
import java.util.List;
import java.util.Optional;

/**
 * The columns an intervention file can have, each with the header aliases accepted for it (Spanish and English,
 * compared as {@link NameKey}s, so {@code Año}, {@code AÑO} and {@code anio} are one header and {@code cod_municipio}
 * equals {@code Cod. Municipio}). An explicit column mapping names the field by {@link #id()}.
 */
public enum SourceField {
    RECORD_ID("record_id", "id_registro", "id registro", "record id", "id", "id_intervencion", "codigo_registro",
            "consecutivo", "registro"),
    BENEFICIARY_ID("beneficiary_id", "id_beneficiario", "beneficiario", "id_empresa", "nit", "nit_empresa",
            "documento", "beneficiary", "company_id", "id_unidad_productiva"),
    YEAR("year", "anio", "año", "ano", "vigencia", "periodo", "year", "reporting_year", "anio_reporte"),
    DATE("date", "fecha", "fecha_inicio", "fecha_intervencion", "date", "start_date"),
    PROGRAM("program", "instrumento", "programa", "program", "instrument", "nombre_instrumento", "programa_instrumento"),
    AXIS("axis", "eje", "axis", "estrategia", "eje_estrategia", "eje_estrategico", "strategy"),
    COMPANY_SIZE("company_size", "tamano_empresa", "tamaño_empresa", "tamano", "tamaño", "company_size", "size",
            "tamano_beneficiario", "company size"),
    MUNICIPALITY_CODE("municipality_code", "cod_municipio", "codigo_municipio", "codigo_dane", "cod_dane", "divipola",
            "cod_divipola", "cod_mpio", "mpio_ccnct", "mpio_cdpmp", "municipality_code", "dane_code", "codigo_divipola",
            "codigo_dane_municipio"),
    MUNICIPALITY_NAME("municipality_name", "municipio", "nombre_municipio", "municipality", "mpio_cnmbr",
            "municipality_name", "ciudad", "city"),
    DEPARTMENT_NAME("department_name", "departamento", "nombre_departamento", "department", "dpto_cnmbr", "depto",
            "department_name", "dpto"),
    LONGITUDE("longitude", "longitud", "lon", "lng", "long", "longitude", "x", "coord_x"),
    LATITUDE("latitude", "latitud", "lat", "latitude", "y", "coord_y"),
    /** The economic activity, a CIIU Rev. 4 A.C. code at any level (read as {@code CiiuClassification#parse} says). */
    SECTOR("sector", "sector", "ciiu", "codigo_ciiu", "sector_ciiu", "actividad_economica", "ciiu_rev4", "ciiu_rev_4",
            "ciiu_rev4_ac", "cod_ciiu", "clase_ciiu", "ciiu_principal", "actividad_principal", "actividad_economica_principal",
            "codigo_actividad_economica", "ciiu_code", "isic"),
    AMOUNT_COP("amount_cop", "monto", "monto_cop", "valor", "valor_cop", "amount", "amount_cop", "valor_intervencion"),
    FOCUS("focus", "enfoque", "enfoque_diferencial", "focus", "poblacion", "differential_focus"),
    STATUS("status", "estado", "status", "estado_intervencion");

    private final String id;
    private final List<String> aliases;

    SourceField(String id, String... aliases) {
        this.id = id;
        this.aliases = java.util.Arrays.stream(aliases).map(NameKey::of).distinct().toList();
    }

    /** The field's name in an explicit mapping and in reports, e.g. {@code municipality_code}. */
    public String id() {
        return id;
    }

    /** Header aliases in matching form. */
    public List<String> aliases() {
        return aliases;
    }

    /** The field a header names, by alias. */
    public static Optional<SourceField> ofHeader(String header) {
        String key = NameKey.of(header);
        for (SourceField field : values()) {
            if (field.aliases.contains(key) || NameKey.of(field.id).equals(key)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** The field with this {@link #id()} (case- and accent-insensitive). */
    public static Optional<SourceField> ofId(String id) {
        String key = NameKey.of(id);
        for (SourceField field : values()) {
            if (NameKey.of(field.id).equals(key)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }
}
