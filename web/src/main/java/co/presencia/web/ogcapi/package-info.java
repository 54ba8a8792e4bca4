/**
 * OGC API – Features at {@code /ogc} (Part 1 Core with GeoJSON, HTML and OpenAPI 3.0; Part 2 CRS) and the
 * collection downloads at {@code /api/v1/downloads}. Only parses HTTP (one class per query parameter: {@link
 * co.presencia.web.ogcapi.LimitParameter}, {@link co.presencia.web.ogcapi.OffsetParameter}, {@link
 * co.presencia.web.ogcapi.BboxParameter}, {@link co.presencia.web.ogcapi.BboxCrsParameter}, {@link
 * co.presencia.web.ogcapi.CrsParameter}, {@link co.presencia.web.ogcapi.DatetimeParameter}, {@link
 * co.presencia.web.ogcapi.FormatParameter}), asks the {@link co.presencia.feature.FeatureCollections} registry and
 * writes documents. Guarantees: an unknown or repeated query parameter is a 400; every error under {@code /ogc} is
 * the OGC exception JSON ({@code code}, {@code description}); coordinates follow the requested CRS's axis order;
 * feature pages are gzip-compressed when accepted, with a weak ETag per coding, and every negotiated response says
 * {@code Vary: Accept, Accept-Encoding}; the HTML pages carry no inline script or style (their files are under
 * {@code static/ogc/}: {@code ogc.css}, and {@code item-map.js}, the module that maps a feature with Leaflet).
 * The official OGC test suite runs against this package in the test command ({@code OgcEtsIT}).
 * No JDBC here. The coverage collections ({@code municipal-coverage}, {@code department-coverage}, registered by
 * {@code co.presencia.web.coveragefeatures}) are feature collections with figures as properties, never OGC API –
 * Coverages.
 */
package co.presencia.web.ogcapi;
