package co.presencia.sector;

import co.presencia.error.InvalidParameterException;

/** A text that is not a code of CIIU Rev. 4 A.C.; names the parameter (or field), the value and the reason. */
public class InvalidCiiuCodeException extends InvalidParameterException {

    /** Why a text was rejected; each is a message code of the domain's bundle. */
    public enum Reason {
        /** Nothing written. */
        EMPTY("ciiu.invalid.empty"),
        /** Not a letter, 1–4 digits, a letter followed by digits, or a level name followed by a code. */
        FORMAT("ciiu.invalid.format"),
        /** Well formed, but no such entry in the classification. */
        UNKNOWN("ciiu.unknown"),
        /** Three digits that are both a group and a class that lost its leading zero (141: group 141 or class 0141). */
        AMBIGUOUS("ciiu.ambiguous"),
        /** A code of DIAN's "otras clasificaciones" (0010 Asalariados...), which is no economic activity. */
        NOT_AN_ACTIVITY("ciiu.dian"),
        /** A section letter followed by a code of another section (C0111). */
        SECTION_MISMATCH("ciiu.sectionMismatch");

        private final String messageCode;

        Reason(String messageCode) {
            this.messageCode = messageCode;
        }
    }

    private final String rejectedValue;
    private final Reason reason;

    public InvalidCiiuCodeException(String parameter, String rejectedValue, Reason reason, Object... details) {
        super(parameter, reason.messageCode, arguments(rejectedValue, details));
        this.rejectedValue = rejectedValue;
        this.reason = reason;
    }

    private static Object[] arguments(String value, Object... details) {
        Object[] all = new Object[details.length + 1];
        all[0] = value;
        System.arraycopy(details, 0, all, 1, details.length);
        return all;
    }

    public String rejectedValue() {
        return rejectedValue;
    }

    public Reason reason() {
        return reason;
    }
}
