package co.presencia.intervention;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** The committed fixtures of {@code fixtures/interventions/} (see the README there). */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path path(String name) {
        try {
            var url = Fixtures.class.getResource("/fixtures/interventions/" + name);
            if (url == null) {
                throw new UncheckedIOException(new IOException("No fixture " + name));
            }
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
