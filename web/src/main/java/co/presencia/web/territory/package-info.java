/**
 * The reference territory over HTTP: {@code /api/v1/departments}, {@code /municipalities} (units in force in a year,
 * with the denominator), {@code /municipalities/{code}} (attributes, groups, population series, geometry on request),
 * {@code /territory-groups} and {@code /reference/load-report}. Reads {@code co.presencia.application.ReferenceTerritory}
 * only; a malformed code is a 400 naming it, an unknown one a 404; years follow
 * {@link co.presencia.territory.ReportingYear}'s one range. Display names are DANE's official DIVIPOLA names.
 */
package co.presencia.web.territory;
