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
}
