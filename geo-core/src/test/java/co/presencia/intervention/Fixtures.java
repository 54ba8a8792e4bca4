package co.presencia.intervention;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The committed fixtures of {@code fixtures/interventions/} (see the README there) as files. From another module
 * (the geo-core test-jar) they are copied to a temporary folder first, keeping their names.
 */
public final class Fixtures {

    private static Path copies;

    private Fixtures() {
    }

    public static synchronized Path path(String name) {
        URL url = Fixtures.class.getResource("/fixtures/interventions/" + name);
        if (url == null) {
            throw new UncheckedIOException(new IOException("No fixture " + name));
        }
        try {
            if ("file".equals(url.getProtocol())) {
                return Path.of(url.toURI());
            }
            if (copies == null) {
                copies = Files.createTempDirectory("presencia-fixtures-");
            }
            Path copy = copies.resolve(name);
            try (InputStream in = url.openStream()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            return copy;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
