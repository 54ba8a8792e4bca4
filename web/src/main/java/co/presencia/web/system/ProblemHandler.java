package co.presencia.web.system;

import co.presencia.error.PresenciaException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Maps the errors of every controller outside {@code /ogc} to RFC 9457 {@code application/problem+json} bodies,
 * through {@link Problems}: the domain's errors with their status and localized text, a parameter that does not
 * convert as a 400 naming it, anything else as a logged 500 that says nothing of the internals.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);
    private final Problems problems;

    public ProblemHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(PresenciaException.class)
    ProblemDetail domain(PresenciaException e, HttpServletRequest request) {
        return problems.of(e, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, "problem.INVALID_PARAMETER", "parameter.invalidValue",
                new Object[] {e.getName(), String.valueOf(e.getValue())}, request);
        problem.setProperty("parameter", e.getName());
        return problem;
    }

    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException e, HttpServletRequest request) {
        LOG.error("Unexpected error on {}", request.getRequestURI(), e);
        return problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "problem.INTERNAL", "problem.internal.detail", null, request);
    }
}
