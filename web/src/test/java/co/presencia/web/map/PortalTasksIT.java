package co.presencia.web.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The tasks of issue 9's three kinds of users, each done in the browser as a person would, and checked against what
 * the API answers for the same selection: (a) PDET municipalities reached by one program, (b) a department's
 * unreached municipalities, (c) targets with the reason for missing data, (d) the Excel of what is on screen,
 * (e) a shared link restoring the view, (f) a PNG for a report, (g) 2022 against 2023, (h) finding a municipality by
 * typing, (i) switching program and axis, (j) a sector and the economy beside the coverage; plus what a bad link says.
 * The race with delayed answers is {@link PortalRaceIT}.
 */
class PortalTasksIT extends PortalBrowserSupport {

    static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The demo's first program, as the menu lists them. */
    String someProgram() {
        return api.get("/api/v1/map/config").json().get("programs").get(0).asString();
    }

    @Test
    void a_pdetMunicipalitiesReachedByOneProgramIn2023() {
        open("/");
        String program = someProgram();
        int renders = renders();
        new Select(browser.driver.findElement(By.id("f-program"))).selectByValue(program);
        waitForRender(renders);
        JsonNode pdet = api.get("/api/v1/coverage?year=2023&program=" + enc(program)).json().get("headline").get("pdetMunicipalities");
        assertThat(figure("pdet")).isEqualTo(pdet.get("reached").asLong());
        assertThat(card("pdet")).startsWith(pdet.get("reached").asInt() + " de 170 municipios");
        assertThat(text("map-subtitle")).startsWith("Programa: " + program);
        assertThat(browser.driver.getCurrentUrl()).contains("program=");
    }

    @Test
    void b_aDepartmentsUnreachedMunicipalities() throws IOException {
        open("/");
        WebElement search = browser.driver.findElement(By.id("place-search"));
        search.sendKeys("narino");
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> "true".equals(search.getAttribute("aria-expanded")));
        assertThat(browser.driver.findElement(By.id("place-option-0")).getText()).startsWith("Nariño").contains("Departamento");
        int renders = renders();
        search.sendKeys(Keys.ENTER);
        waitForRender(renders);
        assertThat(browser.driver.getCurrentUrl()).contains("dept=52");
        JsonNode profile = api.get("/api/v1/profiles/52?year=2023").json();
        int unreached = profile.get("unreached").size();
        assertThat(text("profile")).contains("Municipios sin presencia: " + unreached + " de 64");
        List<WebElement> items = browser.driver.findElements(By.cssSelector("#profile ul.unreached li button"));
        assertThat(items).hasSize(unreached);
        assertThat(items.get(0).getAttribute("data-show")).isEqualTo(profile.at("/unreached/0/code").asString());
        assertThat(card("municipalities")).startsWith((64 - unreached) + " de 64 municipios");
        assertThat(browser.driver.findElement(By.cssSelector("dd[data-figure=municipalities] + dd")).getText()).startsWith("Colombia: ");
        browser.screenshot(OUT.resolve("narino-profile.png"));
    }

    @Test
    void c_targetStatusWithReasons() {
        open("/");
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#targets-table tbody tr"));
        assertThat(rows).hasSize(3);
        JsonNode targets = api.get("/api/v1/targets").json().get("items");
        WebElement met = browser.driver.findElement(By.cssSelector("#targets-table tr[data-target=municipios]"));
        assertThat(met.getText()).contains(targets.get(0).get("status").asString().equals("MET") ? "Cumplida" : "No cumplida");
        assertThat(met.findElement(By.tagName("meter")).getAttribute("max")).isEqualTo("600");
        assertThat(browser.driver.findElement(By.cssSelector("#targets-table tr[data-target=ecb] .reason")).getText())
                .isEqualTo("El grupo «ecb» no está cargado: guárdelo como ecb.csv en la carpeta de grupos (PRESENCIA_GROUPS_DIR) y reinicie el servicio.");
        assertThat(browser.driver.findElement(By.cssSelector("#targets-table tr[data-target=pdet2021] .reason")).getText())
                .isEqualTo("Ninguna intervención cumple el filtro de la meta en 2021.");
        assertThat(browser.driver.findElements(By.cssSelector("#targets-table thead th"))).extracting(WebElement::getText)
                .containsExactly("Indicador", "Meta", "Avance", "Estado");
        assertThat(text("targets-note")).contains("no sigue los filtros de la página");
    }

    @Test
    void d_theExcelOfWhatIsOnScreenMatchesTheScreenAndNamesTheSelection() throws IOException {
        open("/?dept=76&axis=productividad");
        assertThat(browser.driver.findElement(By.id("dl-csv-es")).getAttribute("href")).endsWith("format=csv-es&lang=es");
        WebElement link = browser.driver.findElement(By.id("dl-xlsx"));
        assertThat(link.getAttribute("download")).isEqualTo("presencia-municipios-valle-del-cauca-2023-productividad-demo.xlsx");
        String href = link.getAttribute("href");
        HttpResponse<byte[]> xlsx = send(href.substring(href.indexOf("/api/")), null, null);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        List<WebElement> screen = browser.driver.findElements(By.cssSelector("#data-table tbody tr"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).as("one row per row on screen, under a header").isEqualTo(screen.size());
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).as("headers in the page's language").isEqualTo("Código DIVIPOLA (5 dígitos)");
            Sheet about = workbook.getSheet("Acerca de esta tabla");
            assertThat(about).as("a sheet saying what the table is about").isNotNull();
            StringBuilder notes = new StringBuilder();
            about.forEach(r -> notes.append(r.getCell(0).getStringCellValue()).append(": ").append(r.getCell(1).getStringCellValue()).append('\n'));
            assertThat(notes.toString()).contains("Conjunto de datos: Demo (sintético)", "Aviso: Datos sintéticos de demostración",
                    "Año de reporte: 2023", "Eje: productividad", "Departamento: 76", "Denominador: 1121 municipios", "Fuente: ", "Generado: ");
            String firstOnScreen = screen.get(0).getAttribute("data-code");
            boolean found = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                found |= sheet.getRow(r).getCell(0).getStringCellValue().equals(firstOnScreen);
            }
            assertThat(found).as("the screen's first unit is in the workbook").isTrue();
        }
    }

    @Test
    void e_aSharedUrlRestoresTheState() throws IOException {
        open("/?axis=productividad&figure=per10k&method=jenks&dept=76&pdet=1&zomac=1&gaps=1&lang=en");
        assertThat(new Select(browser.driver.findElement(By.id("f-axis"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("productividad");
        assertThat(new Select(browser.driver.findElement(By.id("m-figure"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("per10k");
        assertThat(new Select(browser.driver.findElement(By.id("m-method"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("jenks");
        assertThat(new Select(browser.driver.findElement(By.id("f-department"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("76");
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(text("map-title-text")).isEqualTo("Beneficiaries per 10,000 inhabitants by municipality, 2023 — Valle del Cauca");
        JsonNode profile = api.get("/api/v1/profiles/76?year=2023&axis=productividad").json();
        assertThat(figure("beneficiaries")).isEqualTo(profile.at("/headline/beneficiaries").asLong());
        assertThat(text("data-caption")).startsWith("Municipalities of Valle del Cauca");
        assertThat(count("#map path.pdet")).as("PDET subregion outlines").isEqualTo(16);
        assertThat(count("#map path.zomac")).isEqualTo(1);
        long pdetInValle = profile.at("/headline/pdetMunicipalities/of").asLong() - profile.at("/headline/pdetMunicipalities/reached").asLong();
        assertThat(count("#map path.gap")).as("Valle's unreached PDET municipalities hatched").isEqualTo((int) pdetInValle);
        assertThat(zoom()).isGreaterThan(7);
        assertThat(js("const p = window.presenciaPortal; return p.map().getBounds().pad(0.02).contains(L.geoJSON(p.geom.mun).getBounds());"))
                .as("the whole department is in view").isEqualTo(true);
        browser.screenshot(OUT.resolve("shared-url-en.png"));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void f_aPngForAReportNamesTheSelection() throws IOException {
        String program = someProgram();
        open("/?program=" + enc(program) + "&axis=productividad");
        String png = (String) js("return window.presenciaPortal.renderPng().toDataURL('image/png');");
        byte[] bytes = Base64.getDecoder().decode(png.substring(png.indexOf(',') + 1));
        Files.createDirectories(OUT);
        Files.write(OUT.resolve("report.png"), bytes);
        assertThat(bytes.length).isGreaterThan(20_000);
        @SuppressWarnings("unchecked")
        Map<String, Object> spec = (Map<String, Object>) js("return window.presenciaPortal.pngSpec()");
        assertThat((String) spec.get("title")).isEqualTo(text("map-title-text"));
        assertThat((String) spec.get("subtitle")).isEqualTo(text("map-subtitle")).contains(program, "Productividad", "Demo");
        assertThat((String) spec.get("source")).contains("sintéticos");
        assertThat(browser.driver.findElement(By.id("dl-png")).getAttribute("data-filename")).startsWith("presencia-mapa-colombia-2023-");
    }

    @Test
    void g_2022Against2023() {
        open("/?dataset=conocido");
        assertThat(new Select(browser.driver.findElement(By.id("f-year"))).getOptions()).extracting(WebElement::getText).containsExactly("2022", "2023");
        int renders = renders();
        new Select(browser.driver.findElement(By.id("f-compare"))).selectByValue("2022");
        waitForRender(renders);
        assertThat(browser.driver.getCurrentUrl()).contains("compare=2022");
        assertThat(text("map-title-text")).isEqualTo("Municipios con presencia: 2022 frente a 2023");
        // Hand-computed from perfiles-conocidos.csv: 2023 reaches 6 units, 2022 reaches 3 (Pasto in both).
        assertThat(browser.driver.findElements(By.cssSelector("#legend li"))).extracting(WebElement::getText).containsExactly(
                "Con presencia en 2023, no en 2022 (5)", "Con presencia en 2022, no en 2023 (2)", "Con presencia en ambos años (1)",
                "Sin presencia en ninguno (1.113)");
        assertThat(text("compare-summary")).isEqualTo("5 municipios ganados y 2 perdidos entre 2022 y 2023; 1 con presencia en ambos años.");
        assertThat(browser.driver.findElement(By.cssSelector("#compare-table td[data-change=beneficiaries]")).getText()).isEqualTo("+4");
        assertThat(browser.driver.findElement(By.cssSelector("dd[data-figure=beneficiaries] + dd")).getText()).startsWith("2022: 3 (+4)");
        String lost = (String) js("return window.presenciaPortal.classes().colours.lost");
        assertThat(browser.driver.findElement(By.cssSelector("#map path.mun-52233")).getAttribute("fill")).as("Cumbitara: reached in 2022 only").isEqualTo(lost);
        renders = renders();
        new Select(browser.driver.findElement(By.id("f-year"))).selectByValue("2022");
        waitForRender(renders);
        assertThat(figure("beneficiaries")).as("?year=2022 works where 2022 has records").isEqualTo(3);
        assertThat(browser.driver.getCurrentUrl()).contains("year=2022").doesNotContain("compare=2022");
    }

    @Test
    void h_findAMunicipalityByTyping() {
        open("/");
        WebElement search = browser.driver.findElement(By.id("place-search"));
        assertThat(search.getAttribute("role")).isEqualTo("combobox");
        search.sendKeys("tumaco");
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> "true".equals(search.getAttribute("aria-expanded")));
        assertThat(search.getAttribute("aria-activedescendant")).isEqualTo("place-option-0");
        assertThat(browser.driver.findElement(By.id("place-option-0")).getText()).contains("San Andrés de Tumaco", "Nariño · Tumaco");
        int renders = renders();
        search.sendKeys(Keys.ENTER);
        waitForRender(renders);
        assertThat(browser.driver.getCurrentUrl()).contains("mun=52835").contains("dept=52");
        assertThat(text("h-profile")).isEqualTo("Perfil de San Andrés de Tumaco (Nariño)");
        assertThat(text("map-title-text")).endsWith("— San Andrés de Tumaco (Nariño)");
        JsonNode profile = api.get("/api/v1/profiles/52835?year=2023").json();
        assertThat(figure("beneficiaries")).isEqualTo(profile.at("/headline/beneficiaries").asLong());
        assertThat(browser.driver.findElement(By.id("profile-pdf")).getAttribute("href")).endsWith("/api/v1/profiles/52835.pdf?year=2023&lang=es");
        assertThat(send("/api/v1/profiles/52835.pdf", null, null).headers().firstValue("Content-Type")).hasValue("application/pdf");

        search.sendKeys("mompox");
        String mompox = api.get("/api/v1/places?q=mompox&limit=1").json().at("/items/0/name").asString();
        assertThat(api.get("/api/v1/places?q=mompox&limit=1").json().at("/items/0/code").asString()).isEqualTo("13468");
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> d.findElements(By.id("place-option-0")).size() == 1
                && d.findElement(By.id("place-option-0")).getText().startsWith(mompox));
        search.sendKeys(Keys.ESCAPE);
        assertThat(search.getAttribute("aria-expanded")).isEqualTo("false");
        search.sendKeys(Keys.ESCAPE);
        assertThat(search.getAttribute("value")).isEmpty();
    }

    @Test
    void i_programAndAxisSwitches() {
        open("/");
        List<String> programs = new Select(browser.driver.findElement(By.id("f-program"))).getOptions().stream()
                .map(o -> o.getAttribute("value")).filter(v -> !v.isEmpty()).limit(2).toList();
        for (String program : programs) {
            for (String axis : List.of("productividad", "encadenamientos")) {
                int renders = renders();
                new Select(browser.driver.findElement(By.id("f-program"))).selectByValue(program);
                new Select(browser.driver.findElement(By.id("f-axis"))).selectByValue(axis);
                waitForRender(renders);
                JsonNode h = api.get("/api/v1/coverage?year=2023&program=" + enc(program) + "&axis=" + axis).json().get("headline");
                assertThat(figure("beneficiaries")).as(program + " / " + axis).isEqualTo(h.get("beneficiaries").asLong());
                assertThat(figure("municipalities")).isEqualTo(h.get("municipalities").get("reached").asLong());
                assertThat(text("map-subtitle")).contains(program).contains(axis.equals("productividad") ? "Productividad" : "Encadenamientos");
            }
        }
    }

    @Test
    void j_aSectorAndTheEconomyBesideTheCoverage() throws IOException {
        open("/");
        int renders = renders();
        browser.driver.findElement(By.cssSelector("#sectors button[data-sector=C]")).click();
        waitForRender(renders);
        assertThat(browser.driver.getCurrentUrl()).contains("sector=C");
        assertThat(new Select(browser.driver.findElement(By.id("f-sector"))).getFirstSelectedOption().getText())
                .isEqualTo("C · Industrias manufactureras");
        JsonNode manufacturing = api.get("/api/v1/coverage?year=2023&sector=C").json().get("headline");
        assertThat(figure("beneficiaries")).isEqualTo(manufacturing.get("beneficiaries").asLong());
        assertThat(text("map-subtitle")).contains("Sector (CIIU): C");
        assertThat(browser.driver.findElement(By.id("dl-xlsx")).getAttribute("href")).contains("sector=C");
        List<WebElement> sectorRows = browser.driver.findElements(By.cssSelector("#sectors tbody tr"));
        assertThat(sectorRows).hasSize(1);
        assertThat(sectorRows.get(0).getText()).startsWith("C · Industrias manufactureras");

        renders = renders();
        browser.driver.findElement(By.id("o-egaps")).click();
        new Select(browser.driver.findElement(By.id("m-figure"))).selectByValue("valueAdded");
        waitForRender(renders);
        JsonNode gaps = api.get("/api/v1/coverage/gaps/economy?year=2023&sector=C&limit=20").json();
        List<WebElement> listed = browser.driver.findElements(By.cssSelector("#economic-gaps tbody tr button"));
        assertThat(listed).extracting(b -> b.getAttribute("data-show"))
                .containsExactlyElementsOf(gaps.get("items").findValuesAsString("code"));
        assertThat(((Number) js("return document.querySelectorAll('#map path.egap').length")).intValue()).isPositive();
        assertThat(text("map-source")).contains("DANE, valor agregado municipal 2022p");
        assertThat(text("legend")).contains("Brecha de oportunidad");
        String medellin = js("return window.presenciaPortal.colourOf('05001')").toString();
        assertThat(medellin).as("the largest value added is in the top class").isNotEqualTo(js("return window.presenciaPortal.classes().noData"));

        open("/?unit=dep&figure=presence&sector=C");
        JsonNode weight = api.get("/api/v1/coverage/economy?year=2023&sector=C").json();
        assertThat(text("map-source")).contains("DANE, PIB departamental por actividad económica 2023pr");
        Object antioquia = js("return window.presenciaPortal.colourOf('05')");
        assertThat(antioquia).isNotNull();
        assertThat(weight.at("/items/0/presenceRatio").isNumber()).isTrue();
        browser.screenshot(OUT.resolve("sector-economy.png"));
    }

    @Test
    void aBadLinkSaysWhatIsWrongAndWhatIsAvailable() {
        open("/?year=2022&program=Nope&figure=foo&classes=99&dept=Narino&axis=calidad");
        assertThat(js("return document.body.dataset.invalidParams")).isEqualTo("dept,figure,classes,year,program");
        String notices = text("notices");
        assertThat(notices).contains("No hay datos de 2022; disponibles: 2023.", "El programa «Nope» no está en este conjunto de datos",
                "El valor figure=foo no es válido", "El valor classes=99 no es válido (opciones: 3–7)", "No existe el departamento «Narino»");
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("#notices a")).size() == 1);
        WebElement suggestion = browser.driver.findElement(By.cssSelector("#notices a"));
        assertThat(suggestion.getText()).isEqualTo("¿Quiso decir Nariño?");
        assertThat(suggestion.getAttribute("href")).contains("dept=52");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/?axis=calidad");
        assertThat(text("map-title-text")).isEqualTo("Beneficiarios por municipio, 2023");
        assertThat(figure("beneficiaries")).as("never silent zeros").isEqualTo(
                api.get("/api/v1/coverage?year=2023&axis=calidad").json().get("headline").get("beneficiaries").asLong()).isPositive();
        open("/?year=2021&lang=en&dataset=conocido");
        assertThat(text("notices")).contains("There are no data for 2021; available: 2022, 2023.");
        open("/?mun=52999");
        assertThat(text("notices")).contains("No existe el municipio «52999»");
        assertThat(text("h-profile")).isEqualTo("Perfil de Nariño");
        assertThat(browser.consoleErrors()).as("a bad link is no error of the page; only the unknown municipality's 404 is logged")
                .allMatch(e -> e.contains("/api/v1/profiles/52999"));
        metrics.append(String.format(Locale.ROOT, "bad link notices shown: %s%n", notices.replace('\n', ' ')));
    }
}
