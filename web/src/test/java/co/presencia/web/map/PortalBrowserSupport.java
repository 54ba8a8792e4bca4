package co.presencia.web.map;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.intervention.Fixtures;
import co.presencia.intervention.demo.DemoDatasetGenerator;
import co.presencia.testing.ReferenceData;
import co.presencia.web.testing.ApiClient;
import co.presencia.web.testing.Http;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the portal's browser tests share: one application on a random port against a fresh H2GIS store (the same
 * Spring context for every subclass), the synthetic demo dataset imported through the API, the hand-computable
 * dataset {@code conocido} (2022 and 2023, see geo-core's fixtures README), a targets file with a met target, a target
 * of a group that is not loaded and one of a year without records, Debian's headless Chromium, and the page helpers.
 * Screenshots, measured figures and accessibility reports go under {@code web/target/map-portal/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PortalBrowserSupport {

    static final String USER = "admin";
    static final String PASSWORD = "clave-de-prueba-mapa";
    static final Path OUT = Path.of("target", "map-portal");
    /** axe-core as install-axe.sh puts it, from the npm registry (pinned in web/package.json). */
    static final Path AXE = Path.of("node_modules", "axe-core", "axe.min.js");

    @LocalServerPort
    int port;
    ApiClient api;
    Browser browser;
    final StringBuilder metrics = new StringBuilder();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("presencia-map-h2gis-");
        Path targets = dir.resolve("metas.csv");
        Files.writeString(targets, """
                id,name,indicator,group,year,axis,program,size,department,value,dataset
                municipios,Municipios con presencia 2023,MUNICIPALITIES_REACHED,,2023,,,,,600,demo
                ecb,10 % de intervenciones en ECB,FOCUS_PERCENT,ecb,2023,,,,,10,demo
                pdet2021,Municipios PDET 2021,GROUP_MUNICIPALITIES_REACHED,pdet,2021,,,,,100,demo
                """, StandardCharsets.UTF_8);
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dir.resolve("presencia").toAbsolutePath());
        registry.add("presencia.data-dir", () -> ReferenceData.shapefiles().toString());
        registry.add("presencia.admin.user", () -> USER);
        registry.add("presencia.admin.password", () -> PASSWORD);
        registry.add("presencia.targets-file", targets::toString);
    }

    @BeforeAll
    void importDatasetsAndStartBrowser() throws Exception {
        api = new ApiClient(port);
        Http http = new Http(port);
        if (api.get("/api/v1/datasets/demo").status() == 404) {
            assertThat(http.put("/api/v1/datasets/demo", "{\"name\":\"Demo (sintético)\",\"synthetic\":true}", USER, PASSWORD).statusCode()).isEqualTo(201);
            Path file = Files.createTempDirectory("presencia-map-demo-").resolve("demo.csv");
            new DemoDatasetGenerator(ReferenceData.catalog(), DemoDatasetGenerator.DEFAULT_SEED).write(file);
            HttpResponse<String> imported = http.upload("/api/v1/datasets/demo/imports?acceptPartial=true&wait=true", file, USER, PASSWORD);
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        }
        if (api.get("/api/v1/datasets/conocido").status() == 404) {
            assertThat(http.put("/api/v1/datasets/conocido", "{\"name\":\"Cifras conocidas\",\"synthetic\":true}", USER, PASSWORD).statusCode()).isEqualTo(201);
            HttpResponse<String> imported = http.upload("/api/v1/datasets/conocido/imports?wait=true",
                    Fixtures.path("perfiles-conocidos.csv"), USER, PASSWORD);
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        }
        browser = Browser.start(1440, 900);
    }

    @AfterAll
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
        Files.createDirectories(OUT);
        Files.writeString(OUT.resolve(getClass().getSimpleName() + "-metrics.txt"), metrics.toString());
    }

    @BeforeEach
    void desktop() {
        if (browser != null) {
            browser.driver.manage().window().setSize(new Dimension(1440, 900));
        }
    }

    // ------------------------------------------------------------------ the page

    void open(String path) {
        browser.driver.get("http://localhost:" + port + path);
        waitReady();
    }

    void waitReady() {
        new WebDriverWait(browser.driver, Duration.ofSeconds(60)).until(d -> "ready".equals(js("return document.body.dataset.state")));
    }

    int renders() {
        Object value = js("return document.body.dataset.renders");
        return value == null ? 0 : Integer.parseInt(value.toString());
    }

    void waitForRender(int before) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                .until(d -> renders() > before && "ready".equals(js("return document.body.dataset.state")));
    }

    double zoom() {
        return ((Number) js("return window.presenciaPortal.map().getZoom()")).doubleValue();
    }

    /** A headline card's number (its data-value). */
    long figure(String key) {
        return Long.parseLong(browser.driver.findElement(By.cssSelector("dd[data-figure=" + key + "]")).getAttribute("data-value"));
    }

    String card(String key) {
        return browser.driver.findElement(By.cssSelector("dd[data-figure=" + key + "]")).getText();
    }

    int count(String css) {
        return browser.driver.findElements(By.cssSelector(css)).size();
    }

    String text(String id) {
        return browser.driver.findElement(By.id(id)).getText();
    }

    Object js(String script, Object... arguments) {
        return browser.driver.executeScript(script, arguments);
    }

    /** Imports one of the page's ES modules in the browser as {@code m} and returns {@code expression}. */
    Object importAndCall(String module, String expression) {
        return browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " import('" + module + "').then(m => done(" + expression + "), e => done('failed: ' + e));");
    }

    // ------------------------------------------------------------------ accessibility

    /**
     * axe-core's violations of WCAG 2.x A/AA and best practices on the page as it is, written to
     * {@code target/map-portal/axe-NAME.json}. Without axe-core installed: a failure under CI=true, else not run.
     */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> axeViolations(String name) throws IOException {
        if (!Files.isRegularFile(AXE)) {
            String message = "axe-core is not installed in web/node_modules (web/src/test/js/install-axe.sh installs it from npm)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message + ", and CI=true requires the accessibility scan");
            }
            Assumptions.abort(message);
        }
        js(Files.readString(AXE));
        Object result = browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })"
                + " .then(r => done({ version: axe.version, violations: r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,"
                + "   nodes: v.nodes.map(n => n.target.join(' ') + ' — ' + n.failureSummary) })), passes: r.passes.length }), e => done({ error: String(e) }));");
        Map<String, Object> report = (Map<String, Object>) result;
        assertThat(report.get("error")).as("axe ran").isNull();
        Files.createDirectories(OUT);
        Files.writeString(OUT.resolve("axe-" + name + ".json"), new tools.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter()
                .writeValueAsString(report));
        metrics.append("axe-core ").append(report.get("version")).append(" on ").append(name).append(": ")
                .append(((List<?>) report.get("violations")).size()).append(" violations, ").append(report.get("passes")).append(" rules passed\n");
        return (List<Map<String, Object>>) report.get("violations");
    }

    // ------------------------------------------------------------------ HTTP

    HttpResponse<byte[]> send(String path, String acceptEncoding, String ifNoneMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
