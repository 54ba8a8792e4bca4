package co.presencia.feature;

/** The geometry type all features of a collection share (a Shapefile holds one shape type). */
public enum GeometryKind {
    POINT("Point", "POINT"),
    MULTI_POLYGON("MultiPolygon", "MULTIPOLYGON");

    private final String geoJsonName;
    private final String sqlName;

    GeometryKind(String geoJsonName, String sqlName) {
        this.geoJsonName = geoJsonName;
        this.sqlName = sqlName;
    }

    /** The GeoJSON / Simple Features name ({@code MultiPolygon}). */
    public String geoJsonName() {
        return geoJsonName;
    }

    /** The name GeoPackage's {@code gpkg_geometry_columns} uses ({@code MULTIPOLYGON}). */
    public String sqlName() {
        return sqlName;
    }
}
