/**
 * What several processes on one store share besides the data: notices that a dataset changed
 * ({@link co.presencia.cluster.ChangeNotices}; PostgreSQL {@code LISTEN/NOTIFY} in
 * {@link co.presencia.cluster.PostgresChangeNotices}), the failed sign-ins the throttle counts
 * ({@link co.presencia.cluster.SignInFailures}), and an optional hot standby for the read-heavy paths
 * ({@link co.presencia.cluster.ReadReplica}).
 *
 * <p>Guarantees: a notice is sent after the change it announces has committed, and names only a dataset id; a
 * process that may have missed notices (its listening connection broke) is told so, and must then treat every
 * dataset as changed. Sign-in failures are stored with the time the caller gives, so every instance counts the same
 * window, each committed before its caller counts, under the SHA-256 of its key (any text is a key; none is
 * stored). A connection from the read replica is handed out only once the standby has replayed everything the
 * primary had written when it was asked for (else the primary's). Must not: keep figures or decide anything about
 * them (that is the application core's).
 */
package co.presencia.cluster;
