package co.presencia.territory;

import co.presencia.text.NameKey;

/** DNP's 2014 rurality categories (Misión para la Transformación del Campo). */
public enum RuralityCategory {
    CIUDADES_Y_AGLOMERACIONES("ciudades-y-aglomeraciones", "Ciudades y aglomeraciones"),
    INTERMEDIO("intermedio", "Intermedio"),
    RURAL("rural", "Rural"),
    RURAL_DISPERSO("rural-disperso", "Rural disperso");

    private final String id;
    private final String label;

    RuralityCategory(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** Reads DNP's spelling in any case ("Rural Disperso"); blank gives null. */
    public static RuralityCategory fromLabel(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String key = NameKey.of(text);
        for (RuralityCategory category : values()) {
            if (NameKey.of(category.label).equals(key)) {
                return category;
            }
        }
        throw new IllegalArgumentException("Unknown DNP rurality category '" + text + "'");
    }
}
