package co.presencia.web.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** OGC API – Features Part 1, conformance class GeoJSON (/req/geojson). */
class GeoJsonConformanceTest extends OgcServerTestSupport {

    @Test
    @DisplayName("/req/geojson/definition")
    void featuresAreServedAsApplicationGeoJson() {
        assertThat(get("/ogc/collections/departments/items").header("Content-Type")).isEqualTo("application/geo+json");
        assertThat(get("/ogc/collections/departments/items/05", "application/geo+json").header("Content-Type"))
                .isEqualTo("application/geo+json");
        assertThat(get("/ogc/collections/departments/items?f=json", "text/html").header("Content-Type"))
                .isEqualTo("application/geo+json");
    }

    @Test
    @DisplayName("/req/geojson/content")
    void featuresHaveGeometryAndPropertiesAsRfc7946Says() {
        JsonNode page = ok("/ogc/collections/departments/items?limit=33");
        assertThat(page.path("features").size()).isEqualTo(33);
        for (JsonNode f : page.path("features")) {
            assertThat(f.path("type").asString()).isEqualTo("Feature");
            assertThat(f.path("id").asString()).matches("\\d\\d");
            assertThat(f.path("geometry").path("type").asString()).isEqualTo("MultiPolygon");
            JsonNode first = f.path("geometry").path("coordinates").get(0).get(0).get(0);
            // RFC 7946: longitude first.
            assertThat(first.get(0).asDouble()).isBetween(-82.0, -66.0);
            assertThat(first.get(1).asDouble()).isBetween(-5.0, 14.0);
            assertThat(f.path("properties").path("name").asString()).isNotBlank();
        }
    }

    @Test
    @DisplayName("/req/geojson/content: RFC 7946 §3.1.6 right-hand rule, exterior rings counter-clockwise, holes clockwise")
    void ringsFollowTheRightHandRule() {
        int polygons = 0;
        for (String collection : new String[] {"municipalities", "departments", "pdet-subregions"}) {
            for (JsonNode f : ok("/ogc/collections/" + collection + "/items?limit=2000").path("features")) {
                for (JsonNode polygon : f.path("geometry").path("coordinates")) {
                    assertThat(signedArea(polygon.get(0))).as(collection + " " + f.path("id").asString()).isPositive();
                    polygons++;
                    for (int i = 1; i < polygon.size(); i++) {
                        assertThat(signedArea(polygon.get(i))).as(collection + " hole").isNegative();
                    }
                }
            }
        }
        // Holes: the simplified MGN has none; GeoJsonTest checks them.
        assertThat(polygons).isGreaterThan(1122 + 33 + 16);
        // And in the downloads' GeoJSON.
        JsonNode file = JSON.readTree(get("/api/v1/downloads/departments.geojson").body());
        for (JsonNode f : file.path("features")) {
            assertThat(signedArea(f.path("geometry").path("coordinates").get(0).get(0))).isPositive();
        }
    }

    /** Twice the signed area (shoelace): positive for a counter-clockwise ring in x = east, y = north. */
    private static double signedArea(JsonNode ring) {
        double sum = 0;
        for (int i = 0; i + 1 < ring.size(); i++) {
            sum += ring.get(i).get(0).asDouble() * ring.get(i + 1).get(1).asDouble()
                    - ring.get(i + 1).get(0).asDouble() * ring.get(i).get(1).asDouble();
        }
        return sum;
    }
}
