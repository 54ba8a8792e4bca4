/**
 * Spatial building blocks on JTS. Guarantees: every geometry carries an SRID; stored and served geometry is
 * EPSG:4326 with x = longitude and y = latitude; areas and distances are measured in EPSG:9377
 * (MAGNA-SIRGAS / Origen-Nacional) through {@link co.presencia.spatial.CrsTransform}; polygons leaving
 * {@link co.presencia.spatial.GeometryRepair} are valid. "Coverage" here means a JTS polygonal coverage (the
 * municipal map), not the coverage figures of {@code co.presencia.coverage}.
 */
package co.presencia.spatial;
