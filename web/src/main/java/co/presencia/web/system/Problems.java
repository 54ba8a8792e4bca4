package co.presencia.web.system;

import co.presencia.error.InvalidParameterException;
import co.presencia.error.PresenciaException;
import co.presencia.error.Problem;
import co.presencia.work.CallerLeftException;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place that turns an error into a document: an RFC 9457 {@code application/problem+json} body everywhere,
 * and the OGC exception JSON ({@code code}, {@code description}) under {@code /ogc}. It builds the problem of the
 * domain's {@link PresenciaException} (status by its {@link Problem kind}, detail in the request's language, the
 * parameter at fault as a {@code parameter} member) and of the web tier's own refusals (401, 403, 429, a malformed
 * request, ...), then writes it in the format of the path the request was for. Used by {@link ProblemHandler} for
 * controllers, by {@link ErrorEndpoint} for the container's error dispatches, by {@link ProblemReportValve} for
 * requests Tomcat refuses before any servlet, and by the security filters, which answer before any controller.
 *
 * <p>Guarantees: a problem's {@code instance} is the path the client asked for (also during an error dispatch), and
 * never a text the client could not have sent; nothing of the internals (exception text, SQL) is ever written.
 */
@Component
public class Problems {

    /** The OGC API's path: its errors are OGC exception documents. */
    public static final String OGC_PATH = "/ogc";
    private static final MediaType OGC_EXCEPTION = MediaType.APPLICATION_JSON;

    private final MessageSource messages;
    private final LocaleResolver language;
    /** Immutable and thread-safe; the mix-in writes a problem's extra properties as top-level members (RFC 9457). */
    private static final JsonMapper JSON = JsonMapper.builder().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();

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

    /**
     * The problem of a bare status (a container refusal, an error dispatch without a domain error): title
     * {@code status.<code>} and detail {@code status.<code>.detail} from the messages, else the reason phrase and the
     * 4xx or 5xx default.
     */
    public ProblemDetail of(HttpStatus status, HttpServletRequest request) {
        Locale locale = language.resolveLocale(request);
        String fallback = messages.getMessage(status.is5xxServerError() ? "problem.internal.detail" : "status.default.detail",
                null, status.getReasonPhrase(), locale);
        String detail = messages.getMessage("status." + status.value() + ".detail", null, fallback, locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(messages.getMessage("status." + status.value(), null, status.getReasonPhrase(), locale));
        instance(request).ifPresent(problem::setInstance);
        return problem;
    }

    private ProblemDetail of(HttpStatus status, String titleCode, String detail, HttpServletRequest request) {
        Locale locale = language.resolveLocale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(messages.getMessage(titleCode, null, status.getReasonPhrase(), locale));
        instance(request).ifPresent(problem::setInstance);
        return problem;
    }

    /** The response for {@code problem}: the OGC exception document under {@code /ogc}, else the problem itself. */
    public ResponseEntity<?> respond(ProblemDetail problem, HttpServletRequest request) {
        if (isOgc(request)) {
            return ogcException(HttpStatus.valueOf(problem.getStatus()), ogcCode(problem), description(problem));
        }
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /**
     * The answer to a request whose client left while its work ran or waited ({@link CallerLeftException}): the work
     * stopped, the connection is closed after this short 503, which normally reaches no one.
     */
    public ResponseEntity<?> callerLeft(HttpServletRequest request) {
        ResponseEntity<?> answer = respond(callerLeftProblem(request), request);
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders()).header(HttpHeaders.CONNECTION, "close")
                .body(answer.getBody());
    }

    /** The short 503 of a request whose client left (sent with {@code Connection: close}, see {@link #callerLeft}). */
    public ProblemDetail callerLeftProblem(HttpServletRequest request) {
        return of(HttpStatus.SERVICE_UNAVAILABLE, "problem.UNAVAILABLE", "work.callerLeft", null, request);
    }

    /** Writes {@code problem} as the whole response, in the format of the request's path (for filters and valves). */
    public void write(ProblemDetail problem, HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(problem, isOgc(request), response);
    }

    /** Writes {@code problem} as the whole response: an OGC exception document when {@code ogc}, else the problem. */
    public void write(ProblemDetail problem, boolean ogc, HttpServletResponse response) throws IOException {
        byte[] body;
        if (ogc) {
            response.setContentType(OGC_EXCEPTION.toString());
            body = ogcDocument(ogcCode(problem), description(problem));
        } else {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            body = JSON.writeValueAsBytes(problem);
        }
        response.setStatus(problem.getStatus());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The OGC exception document ({@code code}, {@code description}) with {@code status}. */
    public static ResponseEntity<byte[]> ogcException(HttpStatus status, String code, String description) {
        return ResponseEntity.status(status).contentType(OGC_EXCEPTION).body(ogcDocument(code, description));
    }

    private static byte[] ogcDocument(String code, String description) {
        Map<String, String> document = new LinkedHashMap<>();
        document.put("code", code);
        document.put("description", description);
        return JSON.writeValueAsBytes(document);
    }

    /** Whether the request was for the OGC API (the original path, during an error dispatch). */
    public static boolean isOgc(HttpServletRequest request) {
        String path = originalPath(request);
        return path != null && (path.equals(OGC_PATH) || path.startsWith(OGC_PATH + "/"));
    }

    /** The path the client asked for: during an error dispatch, the one that failed, not {@code /error}. */
    static String originalPath(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return failed instanceof String path ? path : request.getRequestURI();
    }

    private static Optional<URI> instance(HttpServletRequest request) {
        String path = originalPath(request);
        if (path == null || path.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(URI.create(path));
        } catch (IllegalArgumentException e) {
            return Optional.empty();   // a malformed request target: say nothing of it
        }
    }

    /** The OGC exception code of a status (OGC API – Common / Features examples, else the reason in camel case). */
    static String ogcCode(ProblemDetail problem) {
        HttpStatus status = HttpStatus.valueOf(problem.getStatus());
        boolean namesParameter = problem.getProperties() != null && problem.getProperties().containsKey("parameter");
        return switch (status) {
            case BAD_REQUEST -> namesParameter ? "InvalidParameterValue" : "BadRequest";
            case UNPROCESSABLE_CONTENT -> "InvalidParameterValue";
            case NOT_FOUND -> "NotFound";
            case INTERNAL_SERVER_ERROR -> "ServerError";
            default -> status.getReasonPhrase().replaceAll("[^A-Za-z]", "");
        };
    }

    private static String description(ProblemDetail problem) {
        return problem.getDetail() != null ? problem.getDetail() : problem.getTitle();
    }
}
