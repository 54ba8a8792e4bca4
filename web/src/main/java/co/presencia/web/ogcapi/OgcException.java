package co.presencia.web.ogcapi;

import org.springframework.http.HttpStatus;

/**
 * An error on an OGC API path, answered as the OGC exception JSON ({@code {"code": …, "description": …}}) with
 * {@link #status()} by {@link OgcExceptionHandler}. Codes follow OGC API Common / Features examples.
 */
public class OgcException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String parameter;
    private final String detail;

    public OgcException(HttpStatus status, String code, String description) {
        this(status, code, description, null, description);
    }

    private OgcException(HttpStatus status, String code, String description, String parameter, String detail) {
        super(description);
        this.status = status;
        this.code = code;
        this.parameter = parameter;
        this.detail = detail;
    }

    /** 400 InvalidParameterValue: a parameter with a value the API cannot use. */
    public static OgcException invalidParameter(String parameter, String description) {
        return new OgcException(HttpStatus.BAD_REQUEST, "InvalidParameterValue",
                "Parámetro '" + parameter + "' no válido / invalid parameter '" + parameter + "': " + description,
                parameter, description);
    }

    /** The parameter at fault, when the error is about one; null otherwise. */
    public String parameter() {
        return parameter;
    }

    /** What is wrong, without the parameter's name (for the RFC 9457 problems of the downloads). */
    public String detail() {
        return detail;
    }

    /** 400 InvalidParameter: a parameter the API does not define for this resource. */
    public static OgcException unknownParameter(String parameter, java.util.Collection<String> known) {
        return new OgcException(HttpStatus.BAD_REQUEST, "InvalidParameter",
                "Parámetro desconocido / unknown parameter '" + parameter + "'; accepted: " + String.join(", ", known));
    }

    public static OgcException notFound(String description) {
        return new OgcException(HttpStatus.NOT_FOUND, "NotFound", description);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }
}
