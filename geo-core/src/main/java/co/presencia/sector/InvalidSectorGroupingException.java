package co.presencia.sector;

/**
 * A sector grouping file that cannot be used: an unknown or malformed CIIU code, a class mapped twice, a missing
 * column. The message names the file, the line and the field.
 */
public class InvalidSectorGroupingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidSectorGroupingException(String message) {
        super(message);
    }
}
