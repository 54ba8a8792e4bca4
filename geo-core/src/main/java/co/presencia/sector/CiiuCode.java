package co.presencia.sector;

import java.util.Objects;
import java.util.Optional;

/**
 * A CIIU code as someone wrote it, read against the classification.
 *
 * @param written     the text as given
 * @param activity    the entry it stands for
 * @param replacement when the text was a class replaced in the 2020/2022 updates, how it was read; else null
 */
public record CiiuCode(String written, CiiuActivity activity, CiiuReplacement replacement) {

    public CiiuCode {
        Objects.requireNonNull(written, "written");
        Objects.requireNonNull(activity, "activity");
    }

    public Optional<CiiuReplacement> replaced() {
        return Optional.ofNullable(replacement);
    }
}
