package co.presencia.web.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** OGC API – Features Part 1, conformance class HTML (/req/html). */
class HtmlConformanceTest extends OgcServerTestSupport {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    @DisplayName("/req/html/definition")
    void everyResourceIsAvailableAsHtml() {
        for (String path : List.of("/ogc", "/ogc/api", "/ogc/conformance", "/ogc/collections", "/ogc/collections/municipalities",
                "/ogc/collections/municipalities/items", "/ogc/collections/municipalities/items/05001",
                "/ogc/collections/municipalities/queryables")) {
            Response byAccept = get(path, BROWSER);
            assertThat(byAccept.status()).as(path).isEqualTo(200);
            assertThat(byAccept.header("Content-Type")).as(path).startsWith("text/html");
            Response byF = get(path + "?f=html");
            assertThat(byF.header("Content-Type")).as(path).startsWith("text/html");
        }
    }

    @Test
    @DisplayName("/req/html/content")
    void pagesShowTheContentInSpanishWithoutScripts() {
        String items = get("/ogc/collections/municipalities/items?limit=5&department_code=05", BROWSER).body();
        assertThat(items).startsWith("<!DOCTYPE html>").contains("lang=\"es\"").contains("Medellín")
                .contains("rel=\"next\"").contains("125 entidades coinciden").doesNotContain("<script").doesNotContain("<style")
                .contains("/ogc/ogc.css");
        String feature = get("/ogc/collections/municipalities/items/88001?f=html").body();
        assertThat(feature).contains("San Andrés").contains("Isla").contains("MultiPolygon");
        String collection = get("/ogc/collections/municipalities?f=html").body();
        assertThat(collection).contains("department_code").contains(".gpkg").contains(".shp.zip").contains(".geojson")
                .contains("/queryables?f=html");
        assertThat(get("/ogc/collections/municipalities/items?f=html&name=%3Cb%3E").body()).doesNotContain("<b>");
    }

    @Test
    @DisplayName("/req/html/content: a feature's page maps its geometry with Leaflet from same-origin files, no inline script")
    void featurePagesDrawTheirGeometry() {
        String page = get("/ogc/collections/municipalities/items/05001?f=html&crs=http://www.opengis.net/def/crs/EPSG/0/9377").body();
        assertThat(page).contains("id=\"item-map\"")
                .contains("<script type=\"module\" src=\"" + url("/ogc/item-map.js") + "\"></script>")
                .contains(url("/webjars/leaflet/" + OgcHtml.LEAFLET + "/dist/leaflet.css"));
        // Every script is a file: nothing between <script ...> and </script>.
        assertThat(page.replaceAll("<script[^>]*src=\"[^\"]+\"[^>]*></script>", "")).doesNotContain("<script");
        // The map reads the feature in CRS84 whatever CRS the page was asked in.
        java.util.regex.Matcher geoJson = java.util.regex.Pattern.compile("data-geojson=\"([^\"]+)\"").matcher(page);
        assertThat(geoJson.find()).isTrue();
        String href = geoJson.group(1).replace("&amp;", "&");
        assertThat(href).doesNotContain("crs=");
        assertThat(ok(local(href)).path("geometry").path("type").asString()).isEqualTo("MultiPolygon");
        Response module = get("/ogc/item-map.js");
        assertThat(module.status()).isEqualTo(200);
        assertThat(module.header("Content-Type")).contains("javascript");
        assertThat(module.body()).contains("import * as L from '../webjars/leaflet/" + OgcHtml.LEAFLET + "/dist/leaflet-src.esm.js'");
        assertThat(get("/webjars/leaflet/" + OgcHtml.LEAFLET + "/dist/leaflet-src.esm.js").status()).isEqualTo(200);
        assertThat(get("/ogc/ogc.css").status()).isEqualTo(200);
    }

    @Test
    @DisplayName("/req/html/content: queryables as HTML, with how to write boolean values")
    void queryablesAsHtml() {
        String page = get("/ogc/collections/municipalities/queryables", BROWSER).body();
        assertThat(page).contains("<code>department_code</code>").contains("<code>pdet</code>").contains("true, false (1, 0)")
                .doesNotContain("<code>population</code>");
        assertThat(get("/ogc/collections/municipalities/queryables").header("Content-Type")).startsWith("application/schema+json");
    }
}
