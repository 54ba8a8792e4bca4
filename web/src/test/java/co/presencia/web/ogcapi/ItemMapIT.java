package co.presencia.web.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.web.testing.RequiredProgram;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A feature's HTML page in a real browser (Debian's headless Chromium, {@code --dump-dom} after the scripts ran):
 * the module draws the geometry with Leaflet, with no base map and nothing from outside the server. Under
 * {@code CI=true} a missing Chromium fails the test.
 */
class ItemMapIT extends OgcServerTestSupport {

    @TempDir
    Path profile;

    private String dom(String path) throws IOException {
        RequiredProgram.require("Chromium", "chromium", "/usr/bin/chromium", "--version");
        Files.createDirectories(profile);
        return ExternalTool.run(List.of("/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--user-data-dir=" + profile,
                "--virtual-time-budget=15000", "--dump-dom", url(path)));
    }

    @Test
    @DisplayName("/req/html/content: Leaflet draws a municipality's polygons and an intervention's point, offline")
    void featurePagesDrawTheGeometryInABrowser() throws IOException {
        String medellin = dom("/ogc/collections/municipalities/items/05001?f=html");
        assertThat(medellin).contains("data-drawn=\"1\"").contains("<path class=\"leaflet-interactive\"")
                .contains("leaflet-control-scale").doesNotContain("No se pudo dibujar");
        // No base map: the tile pane stays empty and no image is loaded.
        assertThat(medellin).contains("<div class=\"leaflet-pane leaflet-tile-pane\"></div>").doesNotContain("<img");
        String point = ok("/ogc/collections/interventions/items?limit=1").path("features").get(0).path("id").asString();
        String intervention = dom("/ogc/collections/interventions/items/" + point + "?f=html");
        assertThat(intervention).contains("data-drawn=\"1\"").contains("leaflet-interactive");
    }
}
