package co.presencia.spatial;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the SRID from a shapefile's {@code .prj} (ESRI WKT) or an OGC WKT. DANE's files use ESRI names without an
 * EPSG authority, so the common Colombian systems are recognised by name.
 */
public final class PrjCrs {

    private static final Pattern AUTHORITY = Pattern.compile("AUTHORITY\\[\"EPSG\",\\s*\"?(\\d+)\"?\\]\\s*\\]\\s*$");

    private PrjCrs() {
    }

    public static OptionalInt sridOf(String wkt) {
        if (wkt == null || wkt.isBlank()) {
            return OptionalInt.empty();
        }
        String text = wkt.strip();
        Matcher authority = AUTHORITY.matcher(text);
        if (authority.find()) {
            return OptionalInt.of(Integer.parseInt(authority.group(1)));
        }
        String upper = text.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        boolean projected = upper.startsWith("PROJCS") || upper.startsWith("PROJCRS");
        if (upper.contains("MAGNA")) {
            if (!projected) {
                return OptionalInt.of(Srid.MAGNA_SIRGAS);
            }
            if (upper.contains("ORIGEN_NACIONAL") || upper.contains("CTM12") || upper.contains("ORIGEN_UNICO")) {
                return OptionalInt.of(Srid.ORIGEN_NACIONAL);
            }
            if (upper.contains("COLOMBIA_BOGOTA") || upper.contains("BOGOTA_ZONE")) {
                return OptionalInt.of(3116);
            }
            return OptionalInt.empty();
        }
        if (!projected && (upper.contains("WGS_1984") || upper.contains("WGS_84") || upper.contains("WGS84"))) {
            return OptionalInt.of(Srid.WGS84);
        }
        if (projected && upper.contains("WEB_MERCATOR") || upper.contains("PSEUDO_MERCATOR")) {
            return OptionalInt.of(3857);
        }
        return OptionalInt.empty();
    }
}
