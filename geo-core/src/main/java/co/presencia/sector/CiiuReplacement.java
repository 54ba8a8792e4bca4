package co.presencia.sector;

import java.util.List;
import java.util.Objects;

/**
 * A class of the 2012 edition that DANE's 2020/2022 updates replaced, and how an old code is read (ADR 0013).
 *
 * @param oldCode    the replaced class, e.g. {@code 1030}
 * @param oldTitle   its title in the 2012 edition
 * @param successors the classes that replace it, e.g. {@code 1031, 1032, 1033}
 * @param readAs     the current entry an old code stands for: the one successor, or the group holding all of them
 */
public record CiiuReplacement(String oldCode, String oldTitle, List<String> successors, CiiuActivity readAs) {

    public CiiuReplacement {
        Objects.requireNonNull(oldCode, "oldCode");
        Objects.requireNonNull(readAs, "readAs");
        successors = List.copyOf(successors);
    }

    /** Whether the old class was split into several (it is then read at the level of their common group). */
    public boolean split() {
        return successors.size() > 1;
    }
}
