/**
 * Thematic maps for reports: classification of values (quantiles, Jenks natural breaks), colour-blind-safe ramps
 * (viridis and ColorBrewer YlGnBu, Blues, PuOr), the legend model, and static PNG (Java2D, headless) and SVG
 * (written by hand) rendering of choropleths from JTS geometry, with no browser.
 *
 * <p>Guarantees: PNG and SVG are drawn by the same layout code through {@link co.presencia.map.MapCanvas}, so they
 * show the same map; north is up; geometry is drawn in EPSG:9377 (MAGNA-SIRGAS / Origen-Nacional, the national
 * projection for maps of Colombia); polygons are simplified for the output scale with JTS's
 * {@link org.locationtech.jts.coverage.CoverageSimplifier}, so neighbours keep a shared border and no gaps open;
 * San Andrés, Providencia and Santa Catalina are drawn in an inset at a larger scale; units without a value are
 * drawn grey and counted in the legend as "Sin dato"; when some values are 0 and the rest positive (counts with
 * units not reached), 0 is a class of its own, drawn pale cream. Numbers are written in Colombian Spanish (1.234,5).
 */
package co.presencia.map;
