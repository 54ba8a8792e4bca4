package co.presencia.web.system;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's error report for the requests no servlet ever saw, in place of its HTML page. Tomcat refuses some
 * requests before mapping them to the application: a request line or header it cannot parse, headers larger than
 * {@code server.max-http-request-header-size}, an encoded slash ({@code %2F}) or NUL ({@code %00}) in the path, a
 * path that normalizes above the root. It then sets the status (400) and, having no application to ask, calls the
 * host's error report valve — this one, installed by {@link ContainerErrors}. Requests that reached the application
 * are answered by {@link ErrorEndpoint} (Tomcat's error page) and arrive here with their body written, so this
 * valve does nothing for them.
 *
 * <p>Writes the problem of the bare status through {@link Problems} (OGC exception under {@code /ogc}), never the
 * text Tomcat gave the error, which may quote the request. When Tomcat could not parse the request line (a raw
 * control character in the target), the request has no path yet; the target Tomcat quotes in its error, between
 * brackets, then tells whether the request was for the OGC API. Nothing of that text is written. A request line too
 * long to read (over {@code server.max-http-request-header-size}) quotes nothing: its answer is a problem document.
 */
public final class ProblemReportValve extends ErrorReportValve {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemReportValve.class);
    /**
     * The request target as Tomcat quotes it when it refuses one, in brackets and followed by a space: "… request
     * target [/ogc/x0x00y ]" (a control character shown as 0xNN). A target holds no space, so the capture ends there.
     */
    private static final Pattern QUOTED_TARGET = Pattern.compile("\\[(/\\S*)\\s?]");
    private final ObjectProvider<Problems> problems;

    /** {@code problems} is looked up at the first error: the valve is built before the application context is. */
    public ProblemReportValve(ObjectProvider<Problems> problems) {
        this.problems = problems;
    }

    /**
     * Whether a request whose target Tomcat refused (its method was read, its path was not) was, by the target its
     * error quotes, for {@code base}. A request whose method Tomcat could not read never is.
     */
    static boolean unparsedTargetUnder(Request request, Throwable throwable, String base) {
        String path = request.getRequestURI();
        String method = request.getMethod();
        if (path != null && !path.isEmpty() || method == null || method.isEmpty()) {
            return false;
        }
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            Matcher quoted = t.getMessage() == null ? null : QUOTED_TARGET.matcher(t.getMessage());
            if (quoted != null && quoted.find()) {
                String target = quoted.group(1);
                return target.equals(base) || target.startsWith(base + "/") || target.startsWith(base + "?");
            }
        }
        return false;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        Problems writer = problems.getIfAvailable();
        if (!ioAllowed.get() || writer == null) {
            return;
        }
        HttpStatus resolved = HttpStatus.resolve(status);
        try {
            boolean ogc = Problems.isOgc(request) || unparsedTargetUnder(request, throwable, Problems.OGC_PATH);
            writer.write(writer.of(resolved == null ? HttpStatus.INTERNAL_SERVER_ERROR : resolved, request), ogc, response);
            response.finishResponse();
        } catch (IOException | RuntimeException e) {
            LOG.debug("Could not write the problem of a refused request ({})", status, e);
        }
    }
}
