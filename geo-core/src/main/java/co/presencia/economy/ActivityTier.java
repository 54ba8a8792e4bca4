package co.presencia.economy;

/** DANE's three broad groups of activities in the municipal value added. */
public enum ActivityTier {
    /** Agriculture, forestry, fishing; mining and quarrying (CIIU sections A, B). */
    PRIMARY("primary", "Actividades primarias"),
    /** Manufacturing and construction (C, F). */
    SECONDARY("secondary", "Actividades secundarias"),
    /** Everything else, electricity, gas and water included (D, E, G–U). */
    TERTIARY("tertiary", "Actividades terciarias");

    private final String id;
    private final String label;

    ActivityTier(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    /** DANE's Spanish name, as the municipal table heads its column. */
    public String label() {
        return label;
    }
}
