package co.presencia.web.system;

import co.presencia.work.CallerScope;
import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * Makes each request's HTTP client the {@link co.presencia.work.Caller} of the work done for it
 * ({@link CallerScope}), so expensive work (maps, downloads, printable documents) stops at its next checkpoint once
 * the client has closed its connection, and a request still waiting for a turn leaves the line. Installed on the
 * context, so it runs on the thread that runs the servlet.
 */
final class ClientConnectionValve extends ValveBase {

    ClientConnectionValve() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        ConnectionCaller caller = new ConnectionCaller(request.getCoyoteRequest());
        try (CallerScope.Scope scope = CallerScope.enter(caller)) {
            getNext().invoke(request, response);
        } finally {
            caller.end();
        }
    }
}
