/**
 * HTTP mechanics the adapters share, kept in one place: conditional requests ({@link
 * co.presencia.web.http.ConditionalRequest}), the content coding of bodies an endpoint compresses itself, with an
 * entity tag per coding ({@link co.presencia.web.http.ContentCoding}), and the forwarded headers of trusted reverse
 * proxies ({@link co.presencia.web.http.ForwardedHeaders}, {@code presencia.http.trusted-proxies}). Guarantees: the
 * rules are Spring's own (RFC 9110), applied the same way by every endpoint that sends an ETag; a compressed body
 * never shares its tag with the uncompressed one; forwarded headers from an untrusted address never reach the
 * application. Depends on no other project package.
 */
package co.presencia.web.http;
