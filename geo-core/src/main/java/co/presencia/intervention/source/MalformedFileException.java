package co.presencia.intervention.source;

import java.io.IOException;

/**
 * A file whose content cannot be read as a table: an unbalanced quote, an XLSX with a DOCTYPE, a compressed entry
 * that expands like a zip bomb, a bad cell reference, a sheet that does not exist. The message is for people
 * (Spanish, then English) and names where it happened; it never carries a library's internals.
 */
public final class MalformedFileException extends IOException {

    private final String position;
    private final long line;

    /**
     * @param reason   what is wrong, for people
     * @param position where: "línea 57", "hoja 'Datos', fila 12", or null when the file as a whole is concerned
     * @param line     the line (CSV) or row (XLSX) concerned, or 0
     * @param cause    the library's exception (kept for the server log, never shown)
     */
    public MalformedFileException(String reason, String position, long line, Throwable cause) {
        super(position == null ? reason : reason + " (" + position + ")", cause);
        this.position = position;
        this.line = line;
    }

    public MalformedFileException(String reason, String position, long line) {
        this(reason, position, line, null);
    }

    /** The line or row concerned, or 0 when the file as a whole is. */
    public long line() {
        return line;
    }

    /** Where in the file, or null for the file as a whole. */
    public String position() {
        return position;
    }
}
