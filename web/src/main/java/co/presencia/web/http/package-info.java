/**
 * HTTP mechanics the adapters share, kept in one place: conditional requests ({@link
 * co.presencia.web.http.ConditionalRequest}). Guarantees: the rules are Spring's own (RFC 9110), applied the same way
 * by every endpoint that sends an ETag. Depends on no other project package.
 */
package co.presencia.web.http;
