package co.presencia.web.system;

import co.presencia.work.Caller;
import org.apache.coyote.ActionCode;
import org.apache.coyote.Request;

/**
 * The HTTP client of one request, as a {@link Caller}: it has left when its connection, read without waiting, has
 * reached its end (the client closed it). Asked only on the request's own thread while the request runs, and only
 * for a request without a body (GET, HEAD), whose input is otherwise finished: then the only bytes that can arrive
 * are the end of the connection, or a request the client pipelined behind this one, which is also taken as leaving
 * (the connection is then closed unanswered; RFC 9112 §9.3.2 lets such a client send its requests again).
 *
 * <p>Tomcat reports the end of a connection only to a read; with {@link ActionCode#AVAILABLE} and {@code true} it
 * makes one non-blocking read of the socket, and reports 1 byte available when the read met the end of the stream.
 */
final class ConnectionCaller implements Caller {

    private final Request request;
    private volatile boolean ended;

    ConnectionCaller(Request request) {
        this.request = request;
    }

    @Override
    public boolean hasLeft() {
        // Looked at only when asked: most requests end before their first question, and cost no header lookup.
        if (ended || request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null) {
            return false;
        }
        request.action(ActionCode.AVAILABLE, Boolean.TRUE);
        return request.getAvailable() > 0;
    }

    /** The request is over: Tomcat reuses its objects for the next one, so this caller no longer asks. */
    void end() {
        ended = true;
    }
}
