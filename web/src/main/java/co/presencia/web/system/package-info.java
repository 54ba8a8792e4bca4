/**
 * The web tier's wiring and its cross-cutting guarantees: the application core as beans
 * ({@link co.presencia.web.system.CoreConfiguration}), the language of responses, security, and the one error
 * mapping.
 *
 * <p>Errors: every error the service answers is a document written by {@link co.presencia.web.system.Problems} —
 * an RFC 9457 {@code application/problem+json} problem, or the OGC exception JSON under {@code /ogc} — whoever
 * produced it: a controller ({@link co.presencia.web.system.ProblemHandler}), a filter, Spring Security (401, 403,
 * 429, the firewall's 400), Tomcat's error page ({@link co.presencia.web.system.ErrorEndpoint}) or Tomcat itself
 * before any servlet ({@link co.presencia.web.system.ProblemReportValve}: bad request line, oversized headers,
 * {@code %2F}, {@code %00}). A query string that does not decode or holds a control character is a 400 before any
 * controller reads it ({@link co.presencia.web.system.QueryStringCheck}). No error text shows an exception's message,
 * SQL or a stack trace.
 *
 * <p>Security ({@link co.presencia.web.system.SecurityConfiguration}): reads are public except import reports and
 * job logs; writes need the administrator over HTTP Basic; without a configured password the service is read-only,
 * a weak one stops the start ({@link co.presencia.web.system.AdministratorPassword}), and no password is ever
 * generated or logged. Failed sign-ins are logged and throttled per client and per user
 * ({@link co.presencia.web.system.LoginThrottle}): an attempt is counted before its password is checked, so no more
 * than the limit are checked per window even when sent at once, and no user name can make the throttle fail. HTML pages carry the Content-Security-Policy their package
 * declares ({@link co.presencia.web.system.PagePolicy}).
 *
 * <p>Expensive work: maps, downloads, printable documents and large pages run within their turns
 * ({@link co.presencia.web.system.ExpensiveWork}: 503 with {@code Retry-After} beyond them), and stop once their
 * client has closed its connection ({@link co.presencia.web.system.ClientConnectionValve}, ADR 0022). After a dataset
 * changes, its coverage index is rebuilt in the background ({@link co.presencia.web.system.IndexRefresh}).
 *
 * <p>Must not: compute figures, read files or touch SQL; those are the core's.
 */
package co.presencia.web.system;
