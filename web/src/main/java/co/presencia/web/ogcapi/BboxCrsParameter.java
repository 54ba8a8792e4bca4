package co.presencia.web.ogcapi;

import co.presencia.feature.FeatureCrs;

/** {@code bbox-crs} (OGC API Features Part 2): the CRS the {@code bbox} values are in; CRS84 when absent. */
public record BboxCrsParameter(FeatureCrs crs) {

    public static final String NAME = "bbox-crs";

    public static BboxCrsParameter parse(String text) {
        return new BboxCrsParameter(CrsParameter.parse(NAME, text));
    }
}
