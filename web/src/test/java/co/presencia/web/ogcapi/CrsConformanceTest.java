package co.presencia.web.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** OGC API – Features Part 2, conformance class CRS by reference (/req/crs). */
class CrsConformanceTest extends OgcServerTestSupport {

    private static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    private static final String EPSG4326 = "http://www.opengis.net/def/crs/EPSG/0/4326";
    private static final String EPSG4686 = "http://www.opengis.net/def/crs/EPSG/0/4686";
    private static final String EPSG9377 = "http://www.opengis.net/def/crs/EPSG/0/9377";
    private static final String MEDELLIN = "/ogc/collections/municipalities/items/05001";

    @Test
    @DisplayName("/req/crs/fc-md-crs-list, /req/crs/fc-md-storageCrs, /req/crs/fc-md-crs-list-global")
    void collectionsListTheirCrsAndStorageCrs() {
        JsonNode collections = ok("/ogc/collections");
        assertThat(texts(collections.path("crs"))).containsExactly(CRS84, EPSG4326, EPSG4686, EPSG9377);
        for (JsonNode c : collections.path("collections")) {
            assertThat(texts(c.path("crs"))).contains(CRS84, EPSG4326, EPSG4686, EPSG9377);
            assertThat(c.path("storageCrs").asString()).isEqualTo(CRS84);
        }
    }

    @Test
    @DisplayName("/req/crs/fc-crs-action, /req/crs/ogc-crs-header, /req/crs/ogc-crs-header-content")
    void crsReprojectsAndTheContentCrsHeaderSaysWhich() {
        Response plain = get(MEDELLIN);
        assertThat(plain.header("Content-Crs")).isEqualTo("<" + CRS84 + ">");
        double[] lonLat = first(plain.json());
        assertThat(lonLat[0]).isBetween(-76.0, -75.0);

        Response wgs84 = get(MEDELLIN + "?crs=" + EPSG4326);
        assertThat(wgs84.header("Content-Crs")).isEqualTo("<" + EPSG4326 + ">");
        assertThat(first(wgs84.json())).containsExactly(lonLat[1], lonLat[0]);

        Response magna = get(MEDELLIN + "?crs=" + EPSG4686);
        assertThat(magna.header("Content-Crs")).isEqualTo("<" + EPSG4686 + ">");
        assertThat(first(magna.json())).containsExactly(lonLat[1], lonLat[0]);

        Response origen = get(MEDELLIN + "?crs=" + EPSG9377);
        assertThat(origen.header("Content-Crs")).isEqualTo("<" + EPSG9377 + ">");
        double[] northEast = first(origen.json());
        // Medellín is ≈ 2.25° north and 2.6° west of the origin (4°N 73°W = N 2,000,000, E 5,000,000).
        assertThat(northEast[0]).isCloseTo(2_000_000 + (lonLat[1] - 4) * 110_600, within(5_000.0));
        assertThat(northEast[1]).isCloseTo(5_000_000 + (lonLat[0] + 73) * 111_000, within(5_000.0));

        Response page = get("/ogc/collections/departments/items?limit=2&crs=" + EPSG9377);
        assertThat(page.header("Content-Crs")).isEqualTo("<" + EPSG9377 + ">");
        assertThat(link(page.json(), "next", null)).contains("crs=");
    }

    @Test
    @DisplayName("/req/crs/fc-crs-valid-value, /req/crs/fc-bbox-crs-valid-value")
    void unsupportedCrsIs400() {
        assertThat(get(MEDELLIN + "?crs=http://www.opengis.net/def/crs/EPSG/0/3857").status()).isEqualTo(400);
        assertThat(get("/ogc/collections/municipalities/items?bbox=0,0,1,1&bbox-crs=urn:x").status()).isEqualTo(400);
    }

    @Test
    @DisplayName("/req/crs/fc-bbox-crs-action")
    void bboxInEveryCrsSelectsTheSameFeatures() {
        String crs84 = "/ogc/collections/municipalities/items?limit=50&bbox=-75.6,6.2,-75.5,6.3";
        String epsg4326 = "/ogc/collections/municipalities/items?limit=50&bbox=6.2,-75.6,6.3,-75.5&bbox-crs=" + EPSG4326;
        assertThat(ids(ok(epsg4326))).isEqualTo(ids(ok(crs84))).contains("05001");
        // Around Bogotá's Plaza de Bolívar (4.598°N 74.076°W) in Origen-Nacional: northing, easting.
        String origen = "/ogc/collections/municipalities/items?limit=50&bbox=2065000,4880000,2067000,4882000&bbox-crs=" + EPSG9377;
        assertThat(ids(ok(origen))).containsExactly("11001");
    }

    private static double[] first(JsonNode feature) {
        JsonNode p = feature.path("geometry").path("coordinates").get(0).get(0).get(0);
        return new double[] {p.get(0).asDouble(), p.get(1).asDouble()};
    }

    private static List<String> texts(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asString()));
        return list;
    }

    private static List<String> ids(JsonNode page) {
        List<String> list = new ArrayList<>();
        page.path("features").forEach(f -> list.add(f.path("id").asString()));
        return list;
    }
}
