package co.presencia.web.system;

import java.time.Duration;

/**
 * Counts sign-in attempts per client (IP address) and per user name over a sliding window, and admits at most the
 * limit of each to a password check: an attempt is counted as a failure <em>before</em> its password is checked, so
 * requests sent at once cannot all pass a check made before any of them failed. {@link InMemoryLoginThrottle} serves
 * one instance; {@link StoredLoginThrottle} counts in the shared store, so that a client cannot spread its guesses
 * over the instances behind a balancer.
 */
public interface LoginThrottle {

    /**
     * Counts {@code attempt} as a failure of its client and of its user, then admits it to a password check if
     * neither has now more failures within the window than its limit; a refused attempt is not counted (it checked
     * nothing) and is told how long to wait. However many attempts arrive at once, at most the limit are admitted
     * per window.
     */
    Admission admit(Attempt attempt);

    /** A successful sign-in clears the failures of its client and of its user, its own admission included. */
    void succeeded(Attempt attempt);

    /**
     * One sign-in attempt.
     *
     * @param client the client's address as the server sees it (behind a proxy, see {@code server.forward-headers-strategy})
     * @param user   the user name sent, as the user store compares it (lower case); empty when none could be read
     */
    record Attempt(String client, String user) {
    }

    /** Failures within the window, for the attempt's client and for its user (an admitted attempt included). */
    record Failures(int byClient, int byUser) {
    }

    /**
     * The throttle's answer: admitted to a password check (its failure already counted), or refused for
     * {@code retryAfter} (positive).
     */
    record Admission(boolean admitted, Failures failures, Duration retryAfter) {

        static Admission admitted(Failures failures) {
            return new Admission(true, failures, Duration.ZERO);
        }

        static Admission refused(Failures failures, Duration retryAfter) {
            return new Admission(false, failures, retryAfter);
        }
    }
}
