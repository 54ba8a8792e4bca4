package co.presencia.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** On the embedded H2GIS file shared with AUTO_SERVER, as scripts/run and scripts/presencia open it (ADR 0008). */
class H2gisImportProcessesIT extends ImportProcessesContract {

    private String url;

    @Override
    protected String url() {
        if (url == null) {
            try {
                url = "jdbc:h2:file:" + Files.createTempDirectory("presencia-h2-processes-").resolve("presencia")
                        + ";AUTO_SERVER=TRUE";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return url;
    }
}
