/**
 * The feature-access port that the OGC API Features endpoints, the downloads and the static maps read: named
 * collections ({@link co.presencia.feature.FeatureCollection}) of features (id, ordered properties, geometry),
 * queried by bbox, limit/offset, equality filters on queryable properties and collection-specific parameters
 * (such as {@code year}); the collections of the territory ({@link co.presencia.feature.TerritoryFeatureCollections}),
 * of the coverage figures ({@link co.presencia.feature.CoverageFeatureCollections}) and of the intervention points
 * ({@link co.presencia.feature.InterventionFeatureCollection}, which publishes no beneficiary id); the derivation of
 * a feature schema from a table definition ({@link co.presencia.feature.TableFeatures}); and the writers that turn
 * any collection into GeoJSON ({@link co.presencia.feature.GeoJsonWriter}, the project's one GeoJSON feature writer,
 * also gzip-compressed from segments kept with the features, {@link co.presencia.feature.GzipAssembly}),
 * GeoPackage with its R-tree spatial index or a zipped Shapefile (ours, see ADR 0011), in any {@link
 * co.presencia.feature.FeatureCrs}.
 *
 * <p>Guarantees: geometry handed out by a collection is EPSG:4326 with x = longitude, y = latitude (CRS84 axis
 * order); reprojection and axis order for output happen only in the writers, through {@link
 * co.presencia.feature.FeatureCrs}; a query's box ({@link co.presencia.feature.LonLatBox}) may cross the
 * antimeridian; boolean filters take {@code true}/{@code false}/{@code 1}/{@code 0}; GeoJSON polygons follow RFC
 * 7946's right-hand rule; paging is stable (features keep one order); a query a collection cannot answer
 * raises {@link co.presencia.feature.InvalidFeatureQueryException} naming the parameter. Collections are pluggable:
 * every {@link co.presencia.feature.FeatureCollectionProvider} contributes collections to {@link
 * co.presencia.feature.FeatureCollections}. No HTTP types here.
 *
 * <p>"Coverage" in this package, when it appears, means the coverage figures (beneficiaries per unit) carried as
 * feature properties, never an OGC raster coverage.
 */
package co.presencia.feature;
