package co.presencia.intervention;

import co.presencia.text.NameKey;
import java.util.List;
import java.util.Optional;

/** Company size of a beneficiary. Mipyme = micro + pequeña + mediana. */
public enum CompanySize {
    MICRO("micro", "Micro", true, List.of("micro", "microempresa", "micro empresa")),
    PEQUENA("pequena", "Pequeña", true, List.of("pequena", "pequena empresa", "small", "pequeno")),
    MEDIANA("mediana", "Mediana", true, List.of("mediana", "mediana empresa", "medium")),
    GRANDE("grande", "Grande", false, List.of("grande", "gran empresa", "large", "big")),
    UNIDAD_PRODUCTIVA("unidad-productiva", "Unidad productiva", false,
            List.of("unidad productiva", "up", "unidad productiva economia popular", "productive unit"));

    private final String id;
    private final String label;
    private final boolean mipyme;
    private final List<String> aliases;

    CompanySize(String id, String label, boolean mipyme, List<String> aliases) {
        this.id = id;
        this.label = label;
        this.mipyme = mipyme;
        this.aliases = aliases;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public boolean isMipyme() {
        return mipyme;
    }

    public static Optional<CompanySize> parse(String text) {
        String key = NameKey.of(text);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (CompanySize size : values()) {
            if (size.id.equals(text.strip()) || size.aliases.contains(key)) {
                return Optional.of(size);
            }
        }
        return Optional.empty();
    }
}
