package co.presencia.sector;

import java.util.Objects;
import java.util.Optional;

/**
 * One entry of CIIU Rev. 4 A.C. at any level, with the codes of the levels above it.
 *
 * @param level    its level
 * @param code     its code as DANE writes it: a letter, or 2, 3 or 4 digits with leading zeros ({@code 0111})
 * @param title    DANE's Spanish title
 * @param section  the section letter it belongs to (itself for a section)
 * @param division the division (null for a section)
 * @param group    the group (null for a section or a division)
 */
public record CiiuActivity(CiiuLevel level, String code, String title, String section, String division, String group) {

    public CiiuActivity {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(section, "section");
        if (code.length() != level.codeLength()) {
            throw new IllegalArgumentException("A CIIU " + level.label() + " code has " + level.codeLength()
                    + " characters, got '" + code + "'");
        }
    }

    /** The code of the entry at {@code other} level that holds this one; empty when {@code other} is finer. */
    public Optional<String> codeAt(CiiuLevel other) {
        if (other.compareTo(level) > 0) {
            return Optional.empty();
        }
        return Optional.of(switch (other) {
            case SECTION -> section;
            case DIVISION -> division;
            case GROUP -> group;
            case CLASS -> code;
        });
    }

    /** Whether this entry is {@code other} or lies under it. */
    public boolean isWithin(CiiuActivity other) {
        return codeAt(other.level()).map(other.code()::equals).orElse(false);
    }

    /** "1011 Procesamiento y conservación de carne y productos cárnicos". */
    public String label() {
        return code + " " + title;
    }
}
