package co.presencia.feature;

/** A query a collection cannot answer: an unknown parameter, or a value out of range. Names the parameter. */
public class InvalidFeatureQueryException extends IllegalArgumentException {

    private final String parameter;

    public InvalidFeatureQueryException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
