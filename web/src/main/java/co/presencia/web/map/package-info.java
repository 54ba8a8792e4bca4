/**
 * The interactive map portal's server side: web-ready geometry and the page's settings. {@code GET
 * /api/v1/map/geometry/municipalities} and {@code /api/v1/map/geometry/groups/{group}} serve the units in force in a
 * year, simplified per display level with {@link co.presencia.spatial.simplify.CoverageGeneralizer} (shared borders
 * stay shared), as GeoJSON built once per (layer, level, year) and kept in memory with its gzip form and a strong
 * ETag ({@code If-None-Match} answers 304); {@code /api/v1/map/geometry/departments/{code}/municipalities} serves one
 * department's units only (what a department profile draws), and {@code encoding=delta} writes coordinates as integer
 * differences, the page's compact form. {@code GET /api/v1/map/config} tells the page the levels, filters available
 * in a dataset, the departments with their boxes, and the optional base map. The page itself is static
 * ({@code static/index.html}).
 *
 * <p>Only parses HTTP and writes documents: the figures come from the coverage API ({@code co.presencia.web.coverage}),
 * which the page calls with the same filters. Must not compute figures nor serve geometry for measurement.
 *
 * <p>Also the static-map endpoint: {@code GET /api/v1/maps/{collection}.png|.svg} renders a choropleth of any feature
 * collection's numeric property through the core's {@link co.presencia.application.StaticMaps} (the same call as the
 * command line's {@code static-map}); the drawing is {@code co.presencia.map}'s. Only parses HTTP. Errors are RFC 9457
 * problems.
 */
package co.presencia.web.map;
