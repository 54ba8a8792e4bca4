/**
 * The static-map endpoint: {@code GET /api/v1/maps/{collection}.png|.svg} renders a choropleth of any feature
 * collection's numeric property with {@link co.presencia.map.ChoroplethRenderer}. Only parses HTTP; the map is
 * geo-core's. Errors are RFC 9457 problems.
 */
package co.presencia.web.map;
