/**
 * Place search over HTTP: {@code GET /api/v1/places?q=} answers departments and municipalities in force whose official
 * or common name matches what a person typed, best match first, as {@code {"items":[{"code","name","kind",
 * "departmentName"}]}}. Only translates: matching and ranking are the application core's
 * ({@link co.presencia.application.Places}); a bad {@code q} or {@code limit} is an RFC 9457 problem naming it.
 */
package co.presencia.web.place;
