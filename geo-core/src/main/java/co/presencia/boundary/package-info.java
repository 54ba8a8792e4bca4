/**
 * Reading DANE MGN boundary files (Shapefile with {@code .prj}/{@code .cpg}, GeoPackage, GeoJSON) of any vintage
 * and either field convention. Guarantees: output geometry is EPSG:4326, valid (repairs are reported), municipal
 * codes are unique; the {@link co.presencia.territory.LoadReport} lists every repair, coverage gap or overlap and
 * warning. A file that cannot be interpreted raises {@link co.presencia.boundary.BoundaryFileException} naming the
 * file, feature and field.
 */
package co.presencia.boundary;
