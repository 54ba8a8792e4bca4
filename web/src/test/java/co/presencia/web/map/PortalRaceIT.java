package co.presencia.web.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * Issue 9 §1: figures never belong to another selection. Menus are changed faster than the server answers, with the
 * answers to the superseded selections held back well past the newer ones (and delivered even though they were
 * aborted, as a server that answers anyway would). After every redraw the test records what the page shows (the
 * URL, the menus, the headline, the data table, the map's colours and classes, the legend, and the PNG the page
 * would export) and checks every record against what the API answers for the selection in the URL.
 */
class PortalRaceIT extends PortalBrowserSupport {

    /** Holds answers whose URL contains one of {@code window.slow} for 1.5 s; all others for 60 ms; records each redraw. */
    static final String INSTRUMENT = """
            const real = window.fetch;
            window.race = { late: 0, lateDone: 0, snapshots: [] };
            window.slow = [];
            window.fetch = (url, init) => {
              const u = String(url);
              const late = window.slow.some(s => u.includes(s));
              if (late) window.race.late++;
              return real(u).then(r => r.text().then(body => new Promise(done => setTimeout(() => {
                if (late) window.race.lateDone++;
                done(new Response(body, { status: r.status, headers: { 'Content-Type': r.headers.get('Content-Type') || 'application/json' } }));
              }, late ? 1500 : 60))));
            };
            new MutationObserver(() => {
              const p = window.presenciaPortal;
              p.renderPng();
              const spec = p.pngSpec();
              const classes = p.classes();
              const row = document.querySelector('#data-table tbody tr');
              const fill = code => { const e = document.querySelector('#map path.mun-' + code); return e ? e.getAttribute('fill') : null; };
              window.race.snapshots.push({
                url: location.search,
                program: document.getElementById('f-program').value, axis: document.getElementById('f-axis').value,
                dept: document.getElementById('f-department').value,
                beneficiaries: document.querySelector('dd[data-figure=beneficiaries]').dataset.value,
                reached: document.querySelector('dd[data-figure=municipalities]').dataset.value,
                firstRowBeneficiaries: row.querySelector('td.num').textContent,
                rows: document.querySelectorAll('#data-table tbody tr').length,
                legend: [...document.querySelectorAll('#legend li')].map(li => li.textContent),
                title: document.getElementById('map-title-text').textContent, subtitle: document.getElementById('map-subtitle').textContent,
                pngTitle: spec.title, pngSubtitle: spec.subtitle, pngLegend: spec.legend.map(i => i.label),
                bounds: classes.bounds, colours: classes.colours, zero: classes.zero,
                probe: document.querySelector('#map path.mun') ? [...document.querySelectorAll('#map path.mun')].map(e => e.getAttribute('class').match(/mun-(\\d{5})/)[1])
                  .filter((c, i) => i % 97 === 0).map(c => [c, fill(c)]) : []
              });
            }).observe(document.body, { attributes: true, attributeFilter: ['data-renders'] });
            """;

    static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8); // as the page's URLSearchParams writes it: spaces as +
    }

    @Test
    void rapidChangesWithDelayedAnswersNeverShowAnotherSelectionsFigures() {
        open("/");
        List<String> programs = new Select(browser.driver.findElement(By.id("f-program"))).getOptions().stream()
                .map(o -> o.getAttribute("value")).filter(v -> !v.isEmpty()).toList();
        // The program the race ends on has productividad records in Valle del Cauca, so every redraw has classes to check.
        String program = programs.stream().filter(p -> api.get("/api/v1/profiles/76?year=2023&axis=productividad&program=" + enc(p)).json()
                .at("/headline/beneficiaries").asLong() > 10).findFirst().orElseThrow();
        String slowProgram = programs.stream().filter(p -> !p.equals(program)).findFirst().orElseThrow();
        js(INSTRUMENT);

        // 1. A program whose answers come late, then at once another one.
        race(List.of("program=" + enc(slowProgram)), () -> {
            new Select(browser.driver.findElement(By.id("f-program"))).selectByValue(slowProgram);
            new Select(browser.driver.findElement(By.id("f-program"))).selectByValue(program);
        });
        // 2. An axis whose answers come late, then at once another one.
        race(List.of("axis=calidad"), () -> {
            new Select(browser.driver.findElement(By.id("f-axis"))).selectByValue("calidad");
            new Select(browser.driver.findElement(By.id("f-axis"))).selectByValue("productividad");
        });
        // 3. A department whose profile and geometry come late, then at once another one.
        race(List.of("department=05", "/departments/05/", "/profiles/05"), () -> {
            new Select(browser.driver.findElement(By.id("f-department"))).selectByValue("05");
            new Select(browser.driver.findElement(By.id("f-department"))).selectByValue("76");
        });

        List<Map<String, Object>> snapshots = snapshots();
        assertThat(snapshots).as("one redraw per settled selection; the late answers drew nothing").hasSize(3);
        for (Map<String, Object> s : snapshots) {
            checkAgainstTheApi(s);
        }
        assertThat(browser.driver.getCurrentUrl()).contains("axis=productividad").contains("dept=76").contains("program=");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /** Sets the slow answers, does the changes, and waits until every late answer has arrived and nothing is loading. */
    private void race(List<String> slow, Runnable changes) {
        js("window.slow = arguments[0];", slow);
        int renders = renders();
        changes.run();
        waitForRender(renders);
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(
                js("return window.race.late > 0 && window.race.lateDone === window.race.late && document.body.dataset.state === 'ready'")));
        js("window.slow = [];");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> snapshots() {
        return (List<Map<String, Object>>) js("return window.race.snapshots");
    }

    /** Everything one redraw showed belongs to the selection in its URL, as the API answers it. */
    @SuppressWarnings("unchecked")
    private void checkAgainstTheApi(Map<String, Object> s) {
        String url = (String) s.get("url");
        Map<String, String> q = new java.util.LinkedHashMap<>();
        for (String pair : url.substring(1).split("&")) {
            String[] kv = pair.split("=", 2);
            q.put(kv[0], java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        assertThat(s.get("program")).as("program menu = URL " + url).isEqualTo(q.getOrDefault("program", ""));
        assertThat(s.get("axis")).as("axis menu = URL " + url).isEqualTo(q.getOrDefault("axis", ""));
        assertThat(s.get("dept")).as("department menu = URL " + url).isEqualTo(q.getOrDefault("dept", ""));
        String filters = "year=2023" + (q.containsKey("program") ? "&program=" + enc(q.get("program")) : "")
                + (q.containsKey("axis") ? "&axis=" + q.get("axis") : "");
        String dept = q.get("dept");
        JsonNode headline = dept == null ? api.get("/api/v1/coverage?" + filters).json().get("headline")
                : api.get("/api/v1/profiles/" + dept + "?" + filters).json().get("headline");
        assertThat(Long.parseLong((String) s.get("beneficiaries"))).as("headline of " + url).isEqualTo(headline.get("beneficiaries").asLong());
        assertThat(Long.parseLong((String) s.get("reached"))).as("units reached, " + url).isEqualTo(headline.get("municipalities").get("reached").asLong());

        JsonNode rows = api.get("/api/v1/coverage/municipalities?" + filters + (dept == null ? "" : "&department=" + dept)).json();
        assertThat(((Number) s.get("rows")).intValue()).as("table rows, " + url).isEqualTo(rows.get("count").asInt());
        long max = rows.get("items").get(0).get("beneficiaries").asLong();
        assertThat(Long.parseLong(((String) s.get("firstRowBeneficiaries")).replace(".", ""))).as("table's first row, " + url).isEqualTo(max);
        List<Number> bounds = (List<Number>) s.get("bounds");
        assertThat(max).as("the selection reaches someone, " + url).isPositive();
        assertThat(bounds.get(bounds.size() - 1).longValue()).as("the map's classes end at the selection's largest value, " + url).isEqualTo(max);
        Map<String, Long> values = new java.util.HashMap<>();
        rows.get("items").forEach(r -> values.put(r.get("code").asString(), r.get("beneficiaries").asLong()));
        List<String> colours = (List<String>) s.get("colours");
        for (List<String> probe : (List<List<String>>) s.get("probe")) {
            long v = values.get(probe.get(0));
            String expected = v == 0 ? (String) s.get("zero") : colours.get(classOf(bounds, v));
            assertThat(probe.get(1)).as("colour of " + probe.get(0) + " (" + v + "), " + url).isEqualTo(expected);
        }
        assertThat(s.get("pngLegend")).as("PNG legend = legend on screen").isEqualTo(s.get("legend"));
        assertThat(s.get("pngTitle")).isEqualTo(s.get("title"));
        assertThat(s.get("pngSubtitle")).isEqualTo(s.get("subtitle"));
        if (q.containsKey("program")) {
            assertThat((String) s.get("subtitle")).contains(q.get("program"));
        }
    }

    /** The class of a positive value: the first whose upper limit it does not exceed. */
    private static int classOf(List<Number> bounds, long value) {
        for (int i = 1; i < bounds.size(); i++) {
            if (value <= bounds.get(i).doubleValue()) {
                return i - 1;
            }
        }
        return bounds.size() - 2;
    }
}
