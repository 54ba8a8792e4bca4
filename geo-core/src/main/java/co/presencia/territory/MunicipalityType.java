package co.presencia.territory;

import co.presencia.text.NameKey;

/** DIVIPOLA's kind of second-level unit. */
public enum MunicipalityType {
    MUNICIPIO("Municipio"),
    AREA_NO_MUNICIPALIZADA("Área no municipalizada"),
    ISLA("Isla");

    private final String label;

    MunicipalityType(String label) {
        this.label = label;
    }

    /** DANE's Spanish label. */
    public String label() {
        return label;
    }

    /** Reads DANE's spelling in any case or accent form ("ÁREA NO MUNICIPALIZADA", "Isla"). */
    public static MunicipalityType fromLabel(String text) {
        String key = NameKey.of(text);
        for (MunicipalityType type : values()) {
            if (NameKey.of(type.label).equals(key)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown municipality type '" + text + "'");
    }
}
