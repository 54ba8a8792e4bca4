package co.presencia.error;

/** A request parameter (or a file's field) whose value cannot be used; names the parameter. */
public class InvalidParameterException extends PresenciaException {

    private final String parameter;

    public InvalidParameterException(String parameter, String code, Object... arguments) {
        super(code, arguments, null);
        this.parameter = parameter;
    }

    /** The parameter at fault, e.g. {@code year}; null when the error is about the request as a whole. */
    public String parameter() {
        return parameter;
    }

    @Override
    public Problem problem() {
        return Problem.INVALID_PARAMETER;
    }
}
