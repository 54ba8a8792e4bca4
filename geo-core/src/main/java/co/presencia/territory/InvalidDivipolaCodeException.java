package co.presencia.territory;

import co.presencia.error.InvalidParameterException;

/** A text that is not a DIVIPOLA code. The message names the value and what is wrong with it. */
public class InvalidDivipolaCodeException extends InvalidParameterException {

    /** What is wrong with a rejected code; each is a message code of the domain's bundle. */
    public enum Reason {
        FIVE_DIGITS("code.invalid.fiveDigits"),
        DEPARTMENT_00("code.invalid.department00"),
        EMPTY("code.invalid.empty"),
        DIGITS_ONLY("code.invalid.digitsOnly"),
        LENGTH("code.invalid.length");

        private final String code;

        Reason(String code) {
            this.code = code;
        }
    }

    private final String rejectedValue;

    public InvalidDivipolaCodeException(String rejectedValue, Reason reason) {
        super("code", reason.code, rejectedValue);
        this.rejectedValue = rejectedValue;
    }

    public String rejectedValue() {
        return rejectedValue;
    }
}
