package co.presencia.feature;

/**
 * The definitions files carry of the CRSs downloads are written in: OGC WKT 1 for a GeoPackage's
 * {@code gpkg_spatial_ref_sys} and ESRI WKT for a Shapefile's {@code .prj}, as {@code gdalsrsinfo -o wkt1} and
 * {@code -o wkt_esri} print them for each EPSG code. Files put x = longitude or easting first whatever the CRS's
 * axis order (the GIS convention GeoPackage and Shapefile follow), so CRS84 and EPSG:4326 files are the same.
 */
final class CrsWkt {

    private static final String WGS84_OGC = "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,"
            + "AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],"
            + "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4326\"]]";
    private static final String MAGNA_OGC = "GEOGCS[\"MAGNA-SIRGAS\",DATUM[\"Marco_Geocentrico_Nacional_de_Referencia\","
            + "SPHEROID[\"GRS 1980\",6378137,298.257222101,AUTHORITY[\"EPSG\",\"7019\"]],AUTHORITY[\"EPSG\",\"6686\"]],"
            + "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],"
            + "AXIS[\"Latitude\",NORTH],AXIS[\"Longitude\",EAST],AUTHORITY[\"EPSG\",\"4686\"]]";
    private static final String ORIGEN_NACIONAL_OGC = "PROJCS[\"MAGNA-SIRGAS / Origen-Nacional\"," + MAGNA_OGC
            .replace("AXIS[\"Latitude\",NORTH],AXIS[\"Longitude\",EAST],", "")
            + ",PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"latitude_of_origin\",4],PARAMETER[\"central_meridian\",-73],"
            + "PARAMETER[\"scale_factor\",0.9992],PARAMETER[\"false_easting\",5000000],PARAMETER[\"false_northing\",2000000],"
            + "UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],AXIS[\"Northing\",NORTH],AXIS[\"Easting\",EAST],AUTHORITY[\"EPSG\",\"9377\"]]";

    private static final String WGS84_ESRI = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,"
            + "298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";
    private static final String MAGNA_ESRI = "GEOGCS[\"GCS_MAGNA\",DATUM[\"D_MAGNA\",SPHEROID[\"GRS_1980\",6378137.0,298.257222101]],"
            + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";
    private static final String ORIGEN_NACIONAL_ESRI = "PROJCS[\"MAGNA-SIRGAS_Origen-Nacional\"," + MAGNA_ESRI
            + ",PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",5000000.0],PARAMETER[\"False_Northing\",2000000.0],"
            + "PARAMETER[\"Central_Meridian\",-73.0],PARAMETER[\"Scale_Factor\",0.9992],PARAMETER[\"Latitude_Of_Origin\",4.0],"
            + "UNIT[\"Meter\",1.0]]";

    private CrsWkt() {
    }

    /** OGC WKT 1 of the CRS, with its EPSG authority. */
    static String ogc(FeatureCrs crs) {
        return switch (crs) {
            case CRS84, EPSG_4326 -> WGS84_OGC;
            case EPSG_4686 -> MAGNA_OGC;
            case EPSG_9377 -> ORIGEN_NACIONAL_OGC;
        };
    }

    /** ESRI WKT of the CRS, for a {@code .prj}. */
    static String esri(FeatureCrs crs) {
        return switch (crs) {
            case CRS84, EPSG_4326 -> WGS84_ESRI;
            case EPSG_4686 -> MAGNA_ESRI;
            case EPSG_9377 -> ORIGEN_NACIONAL_ESRI;
        };
    }

    /** The name GeoPackage gives the CRS in {@code gpkg_spatial_ref_sys}. */
    static String name(FeatureCrs crs) {
        return switch (crs) {
            case CRS84, EPSG_4326 -> "WGS 84 geodetic";
            case EPSG_4686 -> "MAGNA-SIRGAS";
            case EPSG_9377 -> "MAGNA-SIRGAS / Origen-Nacional";
        };
    }
}
