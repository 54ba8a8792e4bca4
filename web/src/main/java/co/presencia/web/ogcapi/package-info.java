/**
 * OGC API – Features at {@code /ogc} (Part 1 Core with GeoJSON, HTML and OpenAPI 3.0; Part 2 CRS) and the
 * collection downloads at {@code /api/v1/downloads}. Only parses HTTP (one class per query parameter: {@link
 * co.presencia.web.ogcapi.LimitParameter}, {@link co.presencia.web.ogcapi.OffsetParameter}, {@link
 * co.presencia.web.ogcapi.BboxParameter}, {@link co.presencia.web.ogcapi.BboxCrsParameter}, {@link
 * co.presencia.web.ogcapi.CrsParameter}, {@link co.presencia.web.ogcapi.DatetimeParameter}, {@link
 * co.presencia.web.ogcapi.FormatParameter}), asks the {@link co.presencia.feature.FeatureCollections} registry and
 * writes documents. Guarantees: an unknown or repeated query parameter is a 400; every error under {@code /ogc} is
 * the OGC exception JSON ({@code code}, {@code description}); coordinates follow the requested CRS's axis order.
 * No JDBC here. The coverage collections ({@code municipal-coverage}, {@code department-coverage}, registered by
 * {@code co.presencia.web.coveragefeatures}) are feature collections with figures as properties, never OGC API –
 * Coverages.
 */
package co.presencia.web.ogcapi;
