package co.presencia.web.system;

import co.presencia.error.BusyException;
import co.presencia.error.PresenciaException;
import co.presencia.work.CallerLeftException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Maps the errors of every controller to error documents through {@link Problems}: RFC 9457
 * {@code application/problem+json} bodies, or the OGC exception JSON for a path under {@code /ogc} that the OGC API's
 * own handler does not cover (an unknown path, a method the API does not answer). The domain's errors keep their
 * status and localized text (a busy refusal with {@code Retry-After}), a parameter that does not convert is a 400 naming it, anything else a logged 500 that
 * says nothing of the internals.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);
    private final Problems problems;

    public ProblemHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(PresenciaException.class)
    ResponseEntity<?> domain(PresenciaException e, HttpServletRequest request) {
        ResponseEntity<?> response = problems.respond(problems.of(e, request), request);
        if (e instanceof BusyException busy) {
            return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(busy.retryAfterSeconds())).body(response.getBody());
        }
        return response;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<?> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, "problem.INVALID_PARAMETER", "parameter.invalidValue",
                new Object[] {e.getName(), String.valueOf(e.getValue())}, request);
        problem.setProperty("parameter", e.getName());
        return problems.respond(problem, request);
    }

    /** Tomcat could not parse the parameters (a bad {@code %} sequence in a form body, more than it allows). */
    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    ResponseEntity<?> unreadableParameters(RuntimeException e, HttpServletRequest request) {
        return problems.respond(problems.of(HttpStatus.BAD_REQUEST, "problem.INVALID_PARAMETER", "parameter.undecodable",
                null, request), request);
    }

    /**
     * Tomcat could not read a multipart body: a malformed part, or a file name it refuses (one holding NUL). Too large
     * an upload is {@code MaxUploadSizeExceededException}, a 413 from the base class.
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<?> unreadableUpload(MultipartException e, HttpServletRequest request) {
        LOG.debug("Unreadable multipart body on {}", request.getRequestURI(), e);
        return problems.respond(problems.of(HttpStatus.BAD_REQUEST, "problem.INVALID_PARAMETER", "parameter.multipart",
                null, request), request);
    }

    /** The client left and its work stopped (not an error of the server): logged at debug only. */
    @ExceptionHandler(CallerLeftException.class)
    ResponseEntity<?> callerLeft(CallerLeftException e, HttpServletRequest request) {
        LOG.debug("The client of {} left; its work stopped", request.getRequestURI());
        return problems.callerLeft(request);
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<?> unexpected(RuntimeException e, HttpServletRequest request) {
        LOG.error("Unexpected error on {}", request.getRequestURI(), e);
        return problems.respond(problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "problem.INTERNAL", "problem.internal.detail",
                null, request), request);
    }

    /** Spring MVC's own refusals (404, 405, 406, 415, unreadable body, ...): the OGC document under {@code /ogc}. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
                                                          WebRequest request) {
        HttpServletRequest servlet = request instanceof NativeWebRequest nativeRequest
                ? nativeRequest.getNativeRequest(HttpServletRequest.class) : null;
        if (servlet != null && body instanceof ProblemDetail problem && Problems.isOgc(servlet)) {
            ResponseEntity<?> ogc = problems.respond(problem, servlet);
            HttpHeaders merged = new HttpHeaders();
            if (headers != null) {
                merged.putAll(headers);
            }
            merged.putAll(ogc.getHeaders());
            return ResponseEntity.status(ogc.getStatusCode()).headers(merged).body(ogc.getBody());
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }
}
