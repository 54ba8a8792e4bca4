/**
 * Geometry fit for the web: a polygon coverage (the municipal map) simplified for display at a few zoom levels.
 *
 * <p>Guarantees: simplification is topology-preserving over the whole coverage (JTS
 * {@link org.locationtech.jts.coverage.CoverageSimplifier}), so a border shared by two units is simplified once and
 * stays shared: no gaps or overlaps appear between neighbours; every input polygon yields a non-empty output in
 * the same position (a unit is never dropped, however small: islands keep their original ring when the simplifier
 * would remove it). Inputs are EPSG:4326 (x = longitude) and outputs keep the SRID.
 *
 * <p>Must not: be used for measurement or for placing points (figures use the full-resolution catalog), nor depend
 * on any web framework: it returns JTS geometries, and the web layer writes them.
 */
package co.presencia.spatial.simplify;
