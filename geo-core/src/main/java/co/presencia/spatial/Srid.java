package co.presencia.spatial;

/** The coordinate reference systems Presencia names. Every stored or served geometry carries one of these. */
public final class Srid {

    /** WGS 84 geographic, x = longitude, y = latitude. Storage and serving. */
    public static final int WGS84 = 4326;
    /** MAGNA-SIRGAS geographic: DANE's MGN CRS; within 1 m of WGS 84, treated as equal to it. */
    public static final int MAGNA_SIRGAS = 4686;
    /** MAGNA-SIRGAS / Origen-Nacional (transverse Mercator, metres): areas and distances. */
    public static final int ORIGEN_NACIONAL = 9377;

    private Srid() {
    }
}
