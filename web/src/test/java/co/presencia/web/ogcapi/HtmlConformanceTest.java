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
                "/ogc/collections/municipalities/items", "/ogc/collections/municipalities/items/05001")) {
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
                .contains("rel=\"next\"").contains("125 entidades coinciden").doesNotContain("<script");
        String feature = get("/ogc/collections/municipalities/items/88001?f=html").body();
        assertThat(feature).contains("San Andrés").contains("Isla").contains("MultiPolygon");
        String collection = get("/ogc/collections/municipalities?f=html").body();
        assertThat(collection).contains("department_code").contains(".gpkg").contains(".shp.zip");
        assertThat(get("/ogc/collections/municipalities/items?f=html&name=%3Cb%3E").body()).doesNotContain("<b>");
    }
}
