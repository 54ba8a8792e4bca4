package co.presencia.error;

/** The request contradicts the stored state (e.g. editing a target that comes from the configuration file). */
public class ConflictException extends PresenciaException {

    public ConflictException(String code, Object... arguments) {
        super(code, arguments, null);
    }

    @Override
    public Problem problem() {
        return Problem.CONFLICT;
    }
}
