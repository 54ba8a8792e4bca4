package co.presencia.intervention;

import co.presencia.text.NameKey;
import java.util.List;
import java.util.Optional;

/**
 * The axes (ejes) and strategies a program reports under (DOMAIN.md §2). Matching accepts accents, case and the
 * aliases listed; display uses {@link #label()}.
 */
public enum Axis {
    PRODUCTIVIDAD("productividad", "Productividad", List.of("productividad", "productivity")),
    ENCADENAMIENTOS("encadenamientos", "Encadenamientos", List.of("encadenamientos", "encadenamiento", "supply chain", "supply chains")),
    CALIDAD("calidad", "Calidad", List.of("calidad", "quality")),
    SOFISTICACION("sofisticacion", "Sofisticación", List.of("sofisticacion", "sofisticacion e innovacion", "sophistication", "innovacion")),
    ECONOMIA_POPULAR("economia-popular", "Economía popular", List.of("economia popular", "popular economy")),
    AGLOMERACIONES("aglomeraciones", "Aglomeraciones y clústeres", List.of("aglomeraciones", "aglomeraciones y clusteres", "clusteres", "clusters", "clusters and agglomerations")),
    ESTRATEGIAS_SECTORIALES("estrategias-sectoriales", "Estrategias sectoriales", List.of("estrategias sectoriales", "sectoral strategies"));

    private final String id;
    private final String label;
    private final List<String> aliases;

    Axis(String id, String label, List<String> aliases) {
        this.id = id;
        this.label = label;
        this.aliases = aliases;
    }

    /** URL and filter identifier, e.g. {@code calidad}. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<Axis> parse(String text) {
        String key = NameKey.of(text);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (Axis axis : values()) {
            if (axis.id.equals(text.strip()) || NameKey.of(axis.label).equals(key) || axis.aliases.contains(key)) {
                return Optional.of(axis);
            }
        }
        return Optional.empty();
    }
}
