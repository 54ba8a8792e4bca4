package co.presencia.web.system;

import co.presencia.error.InvalidParameterException;
import co.presencia.error.PresenciaException;
import co.presencia.error.Problem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place that turns an error into an RFC 9457 {@code application/problem+json} document: the domain's
 * {@link PresenciaException} (status by its {@link Problem kind}, detail in the request's language, the parameter at
 * fault as a {@code parameter} member), and the web tier's own refusals (401, 403, ...). Used by
 * {@link ProblemHandler} for controllers and by the security filters, which answer before any controller.
 */
@Component
public class Problems {

    private final MessageSource messages;
    private final LocaleResolver language;
    private final JsonMapper json = JsonMapper.builder().build();

    public Problems(MessageSource messages, LocaleResolver language) {
        this.messages = messages;
        this.language = language;
    }

    public static HttpStatus status(Problem problem) {
        return switch (problem) {
            case INVALID_PARAMETER -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case INVALID_INPUT -> HttpStatus.UNPROCESSABLE_CONTENT;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }

    /** The problem document of a domain error, in the request's language. */
    public ProblemDetail of(PresenciaException e, HttpServletRequest request) {
        Locale locale = language.resolveLocale(request);
        ProblemDetail problem = of(status(e.problem()), "problem." + e.problem().name(), e.message(locale), request);
        if (e instanceof InvalidParameterException invalid && invalid.parameter() != null) {
            problem.setProperty("parameter", invalid.parameter());
        }
        problem.setProperty("code", e.code());
        return problem;
    }

    /** A problem whose title is the message {@code titleCode} and whose detail is the message {@code detailCode}. */
    public ProblemDetail of(HttpStatus status, String titleCode, String detailCode, Object[] arguments, HttpServletRequest request) {
        Locale locale = language.resolveLocale(request);
        return of(status, titleCode, messages.getMessage(detailCode, arguments, detailCode, locale), request);
    }

    private ProblemDetail of(HttpStatus status, String titleCode, String detail, HttpServletRequest request) {
        Locale locale = language.resolveLocale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(messages.getMessage(titleCode, null, status.getReasonPhrase(), locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    /** Writes {@code problem} as the whole response (for filters that answer before any controller). */
    public void write(ProblemDetail problem, HttpServletResponse response) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}
