package co.presencia.web.ogcapi;

import co.presencia.error.InvalidParameterException;
import co.presencia.error.PresenciaException;
import co.presencia.web.system.Problems;
import co.presencia.work.CallerLeftException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Maps errors raised under {@code /ogc} to the OGC exception document ({@code code}, {@code description}) with
 * the right HTTP status. Ordered before the application-wide RFC 9457 handler, which keeps the other paths.
 */
@RestControllerAdvice(assignableTypes = OgcApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class OgcExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(OgcExceptionHandler.class);
    private final LocaleResolver language;
    private final MessageSource messages;
    private final Problems problems;

    public OgcExceptionHandler(LocaleResolver language, MessageSource messages, Problems problems) {
        this.language = language;
        this.messages = messages;
        this.problems = problems;
    }

    /** The client left and its work (a large page) stopped: not an error of the server. */
    @ExceptionHandler(CallerLeftException.class)
    ResponseEntity<?> callerLeft(CallerLeftException e, HttpServletRequest request) {
        LOG.debug("The client of {} left; its work stopped", request.getRequestURI());
        return problems.callerLeft(request);
    }

    /** A domain error: its status and OGC code by kind, its text in the request's language. */
    @ExceptionHandler(PresenciaException.class)
    ResponseEntity<byte[]> domain(PresenciaException e, HttpServletRequest request) {
        String code = switch (e.problem()) {
            case INVALID_PARAMETER -> "parameter.unknown".equals(e.code()) ? "InvalidParameter" : "InvalidParameterValue";
            case INVALID_INPUT -> "InvalidParameterValue";
            case NOT_FOUND -> "NotFound";
            case CONFLICT -> "Conflict";
            case UNAVAILABLE -> "ServiceUnavailable";
        };
        Locale locale = language.resolveLocale(request);
        String description = e.message(locale);
        if (e instanceof InvalidParameterException invalid && invalid.parameter() != null
                && !description.contains("'" + invalid.parameter() + "'")) {
            description = messages.getMessage("ogc.parameter", new Object[] {invalid.parameter(), description}, locale);
        }
        return body(Problems.status(e.problem()), code, description);
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<byte[]> unexpected(RuntimeException e) {
        LOG.error("Unexpected error in the OGC API", e);
        return body(HttpStatus.INTERNAL_SERVER_ERROR, "ServerError",
                "Error interno; quedó registrado / internal error; it was logged");
    }

    static ResponseEntity<byte[]> body(HttpStatus status, String code, String description) {
        return Problems.ogcException(status, code, description);
    }
}
