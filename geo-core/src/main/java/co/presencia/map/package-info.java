/**
 * Thematic maps for reports: classification of values (quantiles, Jenks natural breaks, equal intervals), the
 * colour ramps, the legend model, and static PNG (Java2D, headless) and SVG (written by hand) rendering of
 * choropleths from JTS geometry, with no browser.
 *
 * <p>One definition with the web map: the colours (ramps, the colour of 0 on a map of counts, the no-data grey) are
 * {@code co/presencia/map/color-ramps.json}, read by {@link co.presencia.map.ColorRamps} and served unchanged to the
 * map page; {@link co.presencia.map.ClassificationMethod}, {@link co.presencia.map.ColorRamp#colors(int)} and
 * {@link co.presencia.map.ChoroplethClasses} are implemented operation for operation by the page's
 * {@code classify.js} and {@code ramps.js}, and the shared vectors in the test resources
 * ({@code classification-vectors.json}) are checked against both, so the same values get the same limits and
 * colours on the web and in a PNG.
 *
 * <p>Guarantees: PNG and SVG are drawn by the same layout code through {@link co.presencia.map.MapCanvas}, so they
 * show the same map; north is up; geometry is drawn in EPSG:9377 (MAGNA-SIRGAS / Origen-Nacional, the national
 * projection for maps of Colombia); polygons are simplified for the output scale with JTS's
 * {@link org.locationtech.jts.coverage.CoverageSimplifier}, so neighbours keep a shared border and no gaps open;
 * San Andrés, Providencia and Santa Catalina are drawn in an inset at a larger scale; units without a value are
 * drawn in the no-data grey and counted in the legend as "Sin dato"; when no value is negative and some are 0
 * (counts with units not reached), 0 is a class of its own in the zero colour and the positive values get the
 * classes asked for. Numbers are written in Colombian Spanish (1.234,5).
 *
 * <p>No static mutable state: a {@link co.presencia.map.ChoroplethRenderer} keeps projected, simplified units only in
 * the {@link co.presencia.map.ProjectedUnitsCache} its owner gives it (the application core's static maps and profiles
 * own one each; the HTTP endpoint and the command line both draw through them). Must not import Spring, read stores or compute coverage figures: it maps values it is
 * given.
 */
package co.presencia.map;
