package co.presencia.web.system;

import java.time.Duration;

/**
 * Counts failed sign-ins per client (IP address) and per user name over a sliding window, and says how long a new
 * attempt must wait once either has had its share. {@link InMemoryLoginThrottle} serves one instance; several
 * instances behind a load balancer need the counts in their shared store (a PostgreSQL table keyed by client or
 * user, with the failure times) behind this same interface, so that a client cannot spread its guesses over them.
 */
public interface LoginThrottle {

    /** How long {@code attempt} must wait before its credentials are even checked; {@link Duration#ZERO} to go ahead. */
    Duration retryAfter(Attempt attempt);

    /** Records a failed attempt; answers the failures now counted within the window. */
    Failures failed(Attempt attempt);

    /** A successful sign-in clears the failures of its client and of its user. */
    void succeeded(Attempt attempt);

    /**
     * One sign-in attempt.
     *
     * @param client the client's address as the server sees it (behind a proxy, see {@code server.forward-headers-strategy})
     * @param user   the user name sent, as the user store compares it (lower case); empty when none could be read
     */
    record Attempt(String client, String user) {
    }

    /** Failures within the window, for the attempt's client and for its user. */
    record Failures(int byClient, int byUser) {
    }
}
