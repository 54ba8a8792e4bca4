package co.presencia.sector;

import co.presencia.text.NameKey;
import java.util.Optional;

/**
 * The four levels of CIIU Rev. 4 A.C., coarsest first: sección (a letter A–U), división (2 digits), grupo (3 digits),
 * clase (4 digits). {@link #id()} is the value of an API's {@code level} parameter.
 */
public enum CiiuLevel {
    SECTION("section", "sección", 1),
    DIVISION("division", "división", 2),
    GROUP("group", "grupo", 3),
    CLASS("class", "clase", 4);

    private final String id;
    private final String label;
    private final int codeLength;

    CiiuLevel(String id, String label, int codeLength) {
        this.id = id;
        this.label = label;
        this.codeLength = codeLength;
    }

    /** The API's name of the level ({@code section}, {@code division}, {@code group}, {@code class}). */
    public String id() {
        return id;
    }

    /** DANE's Spanish name of the level. */
    public String label() {
        return label;
    }

    /** How many characters a code of this level has (a section is one letter). */
    public int codeLength() {
        return codeLength;
    }

    /** The level named {@code text}: its API id or its Spanish name, in any case and with or without accents. */
    public static Optional<CiiuLevel> of(String text) {
        String key = NameKey.of(text);
        for (CiiuLevel level : values()) {
            if (level.id.equals(key) || NameKey.of(level.label).equals(key)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /** The level of a well-formed code ("C", "10", "101", "1011"), from its length. */
    static CiiuLevel ofCode(String code) {
        return switch (code.length()) {
            case 1 -> SECTION;
            case 2 -> DIVISION;
            case 3 -> GROUP;
            case 4 -> CLASS;
            default -> throw new IllegalArgumentException("Not a CIIU code: '" + code + "'");
        };
    }
}
