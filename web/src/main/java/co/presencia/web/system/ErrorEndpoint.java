package co.presencia.web.system;

import co.presencia.error.PresenciaException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The container's error page, {@code /error}, for every method (it replaces Spring Boot's
 * {@code BasicErrorController} and its {@code timestamp/status/error} JSON). Tomcat forwards here whatever a servlet
 * or filter ended with {@code sendError} or an exception before any controller advice could answer: Spring
 * Security's firewall refusing an encoded {@code %} or {@code ..}, a method no controller answers (TRACE), an
 * exception thrown in a filter. The answer is the problem (or, for a path under {@code /ogc}, the OGC exception) of
 * that status, for the path that failed. A client asking for {@code /error} itself gets a 404 problem: nothing lives
 * there.
 */
@RestController
public class ErrorEndpoint implements ErrorController {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorEndpoint.class);
    private final Problems problems;

    public ErrorEndpoint(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:/error}")
    public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (request.getDispatcherType() != DispatcherType.ERROR || !(code instanceof Integer status)) {
            problems.write(problems.of(HttpStatus.NOT_FOUND, request), request, response);
            return;
        }
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure instanceof PresenciaException domain) {
            problems.write(problems.of(domain, request), request, response);
            return;
        }
        HttpStatus resolved = HttpStatus.resolve(status);
        if (resolved == null || resolved.value() < 400) {
            resolved = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        if (resolved.is5xxServerError()) {
            LOG.error("Unhandled error on {} ({})", Problems.originalPath(request), status, failure);
        }
        problems.write(problems.of(resolved, request), request, response);
    }
}
