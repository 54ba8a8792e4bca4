package co.presencia.feature;

import co.presencia.error.InvalidParameterException;

/** A query a collection cannot answer: an unknown parameter, or a value out of range. Names the parameter. */
public class InvalidFeatureQueryException extends InvalidParameterException {

    /** {@code detail} says what is wrong with the value (it follows the parameter's name in the message). */
    public InvalidFeatureQueryException(String parameter, String detail) {
        super(parameter, "parameter.invalid", parameter, detail);
    }
}
