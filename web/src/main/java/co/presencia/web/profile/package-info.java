/**
 * Territory profiles over HTTP: {@code GET /api/v1/profiles/{code}} (a 2-digit department or a 5-digit municipality)
 * answers the territory's figures over its own denominators in the shape of {@code /api/v1/coverage}'s headline,
 * beside the national ones; {@code GET /api/v1/profiles/{code}.pdf} the printable A4 profile (PDFBox, standard fonts
 * so its text can be extracted; Spanish by default, {@code lang=en}).
 *
 * <p>Only translates: the figures are the application core's ({@link co.presencia.application.Profiles}), computed
 * once per selection in its one cache; the map inside the PDF is drawn by the core's static map renderer. This
 * package writes documents and computes no figure. Its words are in {@code profile.properties} and
 * {@code profile_en.properties} beside it.
 */
package co.presencia.web.profile;
