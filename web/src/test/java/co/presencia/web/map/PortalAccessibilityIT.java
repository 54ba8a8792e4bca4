package co.presencia.web.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 9 §6: the page is usable by keyboard, screen reader and phone. An axe-core scan (from npm, pinned; never a
 * CDN) finds no violation of WCAG 2.2 A/AA or best practices in the main states; the map's 1,121 units are not Tab
 * stops; the page does not scroll into blank space; focus rings keep 3:1; figures, not the legend, are announced,
 * once; the data arriving does not move the page (layout shift under 0.1); on a phone one finger scrolls the page
 * and the figures are within reach.
 */
class PortalAccessibilityIT extends PortalBrowserSupport {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            national                 | /                                                | 1440 | 900
            department-profile       | /?dept=52&pdet=1&zomac=1&gaps=1                  | 1440 | 900
            municipality-profile     | /?mun=52835                                      | 1440 | 900
            english                  | /?lang=en&unit=dep&figure=per10k                 | 1440 | 900
            comparison               | /?dataset=conocido&compare=2022                  | 1440 | 900
            phone                    | /?dept=52                                        | 390  | 844
            bad-link                 | /?year=2019&dept=Narino&figure=foo               | 1440 | 900
            sector-economy           | /?sector=C&unit=dep&figure=presence&egaps=1      | 1440 | 900
            economy-profile          | /?dept=05&figure=secondaryShare&egaps=1&lang=en  | 1440 | 900
            """)
    void axeFindsNoViolation(String name, String path, int width, int height) throws IOException {
        browser.driver.manage().window().setSize(new Dimension(width, height));
        open(path);
        List<Map<String, Object>> violations = axeViolations(name);
        assertThat(violations).as("axe-core violations on " + path + " (see target/map-portal/axe-" + name + ".json)").isEmpty();
        browser.screenshot(OUT.resolve("a11y-" + name + ".png"));
    }

    @Test
    void theMapsUnitsAreNotTabStopsAndTheKeyboardPathIsShort() {
        open("/");
        js("document.activeElement && document.activeElement.blur()");
        int stops = 0;
        boolean reachedTable = false;
        while (stops < 80 && !reachedTable) {
            new Actions(browser.driver).sendKeys(Keys.TAB).perform();
            stops++;
            WebElement active = browser.driver.switchTo().activeElement();
            assertThat(active.getTagName()).as("Tab stop " + stops).isNotEqualTo("path");
            reachedTable = Boolean.TRUE.equals(js("return arguments[0].matches('#data-table tbody button')", active));
        }
        assertThat(reachedTable).as("the data table's first place is reached by Tab").isTrue();
        assertThat(stops).as("Tab stops from the top of the page to the first place of the table").isLessThan(50);
        assertThat(((Number) js("return [...document.querySelectorAll('#map path')].filter(p => p.tabIndex >= 0).length")).intValue())
                .as("no unit of the map in the Tab order").isZero();
        metrics.append("Tab stops from the top of the national page to the data table's first place: ").append(stops).append('\n');
    }

    @Test
    void thePageDoesNotScrollIntoBlankSpaceOnADesktop() {
        open("/?gaps=1");
        long extra = ((Number) js("return document.scrollingElement.scrollHeight - window.innerHeight")).longValue();
        assertThat(extra).as("the desktop page fits the window; the panel scrolls inside").isLessThanOrEqualTo(1);
    }

    @Test
    void focusRingsAndLiveRegions() {
        open("/");
        WebElement select = browser.driver.findElement(By.id("f-year"));
        new Actions(browser.driver).sendKeys(Keys.SHIFT).perform(); // keyboard use: focus shows its ring
        js("arguments[0].focus()", select);
        assertThat(js("return arguments[0].matches(':focus-visible')", select)).isEqualTo(true);
        String colour = (String) js("return getComputedStyle(arguments[0]).outlineColor", select);
        assertThat(colour).as("navy ring: 15.8:1 on white").isEqualTo("rgb(20, 33, 61)");
        assertThat(contrast(20, 33, 61, 255, 255, 255)).isGreaterThanOrEqualTo(3.0);
        assertThat(contrast(255, 191, 71, 20, 33, 61)).as("yellow ring on the navy header").isGreaterThanOrEqualTo(3.0);
        @SuppressWarnings("unchecked")
        List<String> live = (List<String>) js("return [...document.querySelectorAll('[aria-live]')].map(e => e.id)");
        assertThat(live).as("the figures are announced, not the legend").containsExactlyInAnyOrder("announce", "place-status");
        assertThat(text("announce")).startsWith("Colombia, 2023: ");
        assertThat(js("return document.getElementById('synthetic').closest('header, main, nav, aside, footer') != null")).isEqualTo(true);
        WebElement targets = browser.driver.findElement(By.cssSelector("#targets-table")).findElement(By.xpath(".."));
        assertThat(targets.getAttribute("tabindex")).as("the targets' scroll area is reachable by keyboard").isEqualTo("0");
        assertThat(targets.getAttribute("role")).isEqualTo("region");
        assertThat(targets.getAttribute("aria-label")).isNotBlank();
    }

    @Test
    void theDataArrivingDoesNotMoveThePage() {
        for (String path : List.of("/", "/?dept=52", "/?mun=52835")) {
            open(path);
            double cls = ((Number) js("return window.presenciaMetrics.cls")).doubleValue();
            metrics.append("cumulative layout shift ").append(path).append(": ").append(cls).append('\n');
            assertThat(cls).as("layout shift of " + path).isLessThan(0.1);
        }
    }

    @Test
    void onAPhoneOneFingerScrollsThePageAndTheFiguresAreNear() {
        try (Browser phone = Browser.phone()) {
            phone.driver.get("http://localhost:" + port + "/?dept=52");
            new WebDriverWait(phone.driver, Duration.ofSeconds(60)).until(d -> "ready".equals(phone.driver.executeScript("return document.body.dataset.state")));
            double headline = ((Number) phone.driver.executeScript("return document.getElementById('headline').getBoundingClientRect().top + scrollY")).doubleValue();
            assertThat(headline).as("the figures start within the first 1,000 px").isLessThan(1000);
            assertThat(phone.driver.executeScript("return getComputedStyle(document.getElementById('map')).touchAction")).isEqualTo("pan-x pan-y");
            Object centre = phone.driver.executeScript("return window.presenciaPortal.map().getCenter().toString()");
            WebElement map = phone.driver.findElement(By.id("map"));
            PointerInput finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");
            Sequence swipe = new Sequence(finger, 0)
                    .addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(map), 0, 120))
                    .addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
                    .addAction(finger.createPointerMove(Duration.ofMillis(300), PointerInput.Origin.fromElement(map), 0, -120))
                    .addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
            phone.driver.perform(List.of(swipe));
            new WebDriverWait(phone.driver, Duration.ofSeconds(5)).until(d -> ((Number) phone.driver.executeScript("return window.scrollY")).doubleValue() > 50);
            assertThat(phone.driver.executeScript("return window.presenciaPortal.map().getCenter().toString()")).as("the map did not move").isEqualTo(centre);
            List<WebElement> wraps = phone.driver.findElements(By.cssSelector(".table-wrap"));
            for (WebElement wrap : wraps) {
                if (wrap.isDisplayed()) {
                    Number right = (Number) phone.driver.executeScript("return arguments[0].getBoundingClientRect().right", wrap);
                    assertThat(right.doubleValue()).as("tables are not cut off at the screen's edge").isLessThanOrEqualTo(390);
                }
            }
            phone.screenshot(OUT.resolve("phone-profile.png"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** WCAG contrast ratio of two sRGB colours. */
    static double contrast(int r1, int g1, int b1, int r2, int g2, int b2) {
        double l1 = luminance(r1, g1, b1);
        double l2 = luminance(r2, g2, b2);
        return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    }

    private static double luminance(int r, int g, int b) {
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    }

    private static double channel(int c) {
        double s = c / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
