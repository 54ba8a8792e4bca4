package co.presencia.error;

/** The dataset, territory, group, job or collection a request names does not exist. */
public class NotFoundException extends PresenciaException {

    public NotFoundException(String code, Object... arguments) {
        super(code, arguments, null);
    }

    @Override
    public Problem problem() {
        return Problem.NOT_FOUND;
    }
}
