package co.presencia.intervention;

/** How a record was joined to its municipality; each stored record keeps it. */
public enum Placement {
    /** The DIVIPOLA code as given. */
    CODE,
    /** The code with a lost leading zero restored ({@code 5001 → 05001}). */
    CODE_REPAIRED,
    /** Municipality name + department name, accent- and case-insensitive, with aliases. */
    NAME,
    /** Longitude/latitude point in polygon. */
    POINT,
    /** Longitude/latitude given swapped (lat, lon) and detected. */
    POINT_SWAPPED
}
