package co.presencia.web.ogcapi;

import co.presencia.error.InvalidParameterException;
import co.presencia.feature.FeatureCrs;
import java.util.Arrays;

/**
 * {@code crs} (OGC API Features Part 2): the CRS of the response's coordinates, one of {@link FeatureCrs} by URI
 * (CRS84 when absent). An unsupported CRS is a 400.
 */
public record CrsParameter(FeatureCrs crs) {

    public static final String NAME = "crs";

    public static CrsParameter parse(String text) {
        return new CrsParameter(parse(NAME, text));
    }

    static FeatureCrs parse(String name, String text) {
        if (text == null || text.isBlank()) {
            return FeatureCrs.CRS84;
        }
        return FeatureCrs.fromUri(text).orElseThrow(() -> new InvalidParameterException(name, "query.crs", name, text,
                String.join(", ", Arrays.stream(FeatureCrs.values()).map(FeatureCrs::uri).toList())));
    }

    /** The {@code Content-Crs} header value: the URI in angle brackets. */
    public String contentCrsHeader() {
        return "<" + crs.uri() + ">";
    }
}
