package co.presencia.territory;

/** A text that is not a DIVIPOLA code. The message names the value and what is wrong with it. */
public class InvalidDivipolaCodeException extends IllegalArgumentException {

    private final String rejectedValue;

    public InvalidDivipolaCodeException(String rejectedValue, String reason) {
        super("Invalid DIVIPOLA code '" + rejectedValue + "': " + reason);
        this.rejectedValue = rejectedValue;
    }

    public String rejectedValue() {
        return rejectedValue;
    }
}
