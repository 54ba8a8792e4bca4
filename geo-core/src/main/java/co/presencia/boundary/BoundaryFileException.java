package co.presencia.boundary;

import java.nio.file.Path;

/** A boundary file that cannot be read or interpreted. The message names the file and, where known, the feature and field. */
public class BoundaryFileException extends RuntimeException {
    public BoundaryFileException(Path file, String message) {
        super(file + ": " + message);
    }

    public BoundaryFileException(Path file, String message, Throwable cause) {
        super(file + ": " + message, cause);
    }
}
