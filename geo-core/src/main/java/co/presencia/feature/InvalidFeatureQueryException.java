package co.presencia.feature;

import co.presencia.error.InvalidParameterException;

/** A query a collection cannot answer: an unknown parameter, or a value out of range. Names the parameter. */
public class InvalidFeatureQueryException extends InvalidParameterException {

    /** {@code code} is a message of the domain's bundle that names the parameter and says what is wrong. */
    public InvalidFeatureQueryException(String parameter, String code, Object... arguments) {
        super(parameter, code, arguments);
    }
}
