package io.industrypulse.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.industrypulse.support.Browser;
import io.industrypulse.support.BrowserTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The daily pages at a desk (1440×900) and on a phone (390×844), as a leader and as a county user: the header stays
 * short, the page never scrolls sideways (wide tables scroll in their own box), a ranking row can be read, and the
 * menu opens from one button on the phone. Screenshots under {@code target/screenshots/layout-*}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@BrowserTest
class ResponsiveLayoutBrowserTest {

    private static final List<String> PAGES = List.of(
            "/",
            "/monitor/ranking",
            "/monitor/quarters",
            "/monitor/counties/130102",
            "/planning/tasks",
            "/planning/warnings");

    @LocalServerPort
    int port;

    @Test
    void leaderOnThePhoneAndAtTheDesk() throws Exception {
        walk("leader");
    }

    @Test
    void countyUserOnThePhoneAndAtTheDesk() throws Exception {
        walk("county130102");
    }

    private void walk(String user) throws Exception {
        try (Browser browser = Browser.open()) {
            ChromeDriver driver = browser.driver();
            browser.login(port, user, "Demo-City-2026");
            for (int[] size : new int[][] {{1440, 900}, {390, 844}}) {
                int width = size[0];
                viewport(driver, width, size[1]);
                for (String page : PAGES) {
                    driver.get("http://localhost:" + port + page);
                    Browser.waiting(driver, Duration.ofSeconds(15))
                            .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h2")));
                    String where = user + " " + page + " at " + width + " px";
                    assertThat(number(driver, "return document.querySelector('.app-header').offsetHeight"))
                            .as(where + ": header height")
                            .isLessThan(120);
                    assertThat(number(driver, "return document.documentElement.scrollWidth"))
                            .as(where + ": the page does not scroll sideways; too wide: " + tooWide(driver, width))
                            .isLessThanOrEqualTo(width);
                    browser.screenshot("layout-" + user + "-" + width + page.replace('/', '-'));
                    if (width > 760) {
                        assertThat(seriousViolations(driver))
                                .as(where + ": axe-core")
                                .isEmpty();
                    }
                    chartsDescribeThemselves(driver, where);
                }
                rankingRowReadable(driver, width);
                menuOpens(browser, width);
            }
            assertThat(browser.consoleErrors()).isEmpty();
            if (user.equals("leader")) {
                viewport(driver, 390, 844);
                driver.get("http://localhost:" + port + "/monitor/ranking");
                browser.screenshot("phone-ranking");
            }
        }
    }

    @Test
    void theOtherMainPagesHaveNoCriticalAccessibilityViolations() throws Exception {
        try (Browser browser = Browser.open()) {
            ChromeDriver driver = browser.driver();
            browser.login(port, "analyst", "Demo-City-2026");
            for (String page : List.of(
                    "/monitor/compare",
                    "/targets",
                    "/planning/forecasts",
                    "/dispatch/production",
                    "/imports",
                    "/review",
                    "/reporting",
                    "/enterprises",
                    "/regions")) {
                driver.get("http://localhost:" + port + page);
                Browser.waiting(driver, Duration.ofSeconds(15))
                        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h2")));
                assertThat(seriousViolations(driver)).as(page + ": axe-core").isEmpty();
                chartsDescribeThemselves(driver, page);
            }
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    /**
     * Deque's axe-core rules on the page as shown: the critical and serious violations, each with the elements it
     * names. Text contrast below WCAG AA (axe's {@code color-contrast}, 4.5:1, 3:1 for large text) is serious.
     */
    private static List<String> seriousViolations(ChromeDriver driver) {
        Results results = new AxeBuilder().analyze(driver);
        return results.getViolations().stream()
                .filter(rule -> "critical".equals(rule.getImpact()) || "serious".equals(rule.getImpact()))
                .map(rule -> rule.getId() + ": " + rule.getHelp() + " "
                        + rule.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .toList())
                .toList();
    }

    /**
     * Every chart carries a text alternative: ECharts' aria description, which names the series and reads out their
     * values, so it is long and holds figures.
     */
    private static void chartsDescribeThemselves(ChromeDriver driver, String where) {
        for (WebElement chart : driver.findElements(By.cssSelector("[data-chart]"))) {
            String label = chart.getAttribute("aria-label");
            assertThat(label).as(where + ": the chart's aria-label").isNotNull().hasSizeGreaterThan(20);
            assertThat(label)
                    .as(where + ": the chart's aria-label reads its values")
                    .containsPattern("\\d");
        }
    }

    /** The first ranking row's county, rank and growth lie inside the screen in a legible size. */
    private void rankingRowReadable(ChromeDriver driver, int width) {
        driver.get("http://localhost:" + port + "/monitor/ranking");
        WebElement row = driver.findElement(By.cssSelector("#ranking tbody tr"));
        for (String cell : List.of("td.rank", "td.county")) {
            WebElement element = row.findElement(By.cssSelector(cell));
            Map<?, ?> box = (Map<?, ?>) driver.executeScript(
                    "var r = arguments[0].getBoundingClientRect();"
                            + "return {left: r.left, right: r.right, size: parseFloat(getComputedStyle(arguments[0]).fontSize)};",
                    element);
            assertThat(((Number) box.get("left")).doubleValue()).as(cell).isGreaterThanOrEqualTo(0);
            assertThat(((Number) box.get("right")).doubleValue()).as(cell).isLessThanOrEqualTo(width);
            assertThat(((Number) box.get("size")).doubleValue()).as(cell).isGreaterThanOrEqualTo(12);
            assertThat(element.getText()).isNotBlank();
        }
    }

    /** On the phone the menu is one button that opens it; at the desk a group opens on focus. */
    private void menuOpens(Browser browser, int width) throws java.io.IOException {
        ChromeDriver driver = browser.driver();
        WebElement ranking = driver.findElement(By.cssSelector(".app-nav a[href='/monitor/ranking']"));
        WebElement toggle = driver.findElement(By.cssSelector(".nav-toggle"));
        if (width < 760) {
            assertThat(toggle.isDisplayed()).isTrue();
            assertThat(ranking.isDisplayed()).isFalse();
            toggle.click();
            assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
            assertThat(ranking.isDisplayed()).isTrue();
            browser.screenshot("layout-phone-menu-open");
            ranking.click();
            Browser.waiting(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/monitor/ranking"));
        } else {
            assertThat(toggle.isDisplayed()).isFalse();
            WebElement group = driver.findElement(By.cssSelector(".nav-group.current .nav-group-label"));
            group.sendKeys("");
            driver.executeScript("arguments[0].focus()", group);
            assertThat(ranking.isDisplayed()).isTrue();
        }
    }

    /** The window's inner size (headless Chromium has no browser frame around the page). */
    private static void viewport(ChromeDriver driver, int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        assertThat(number(driver, "return window.innerWidth"))
                .as("viewport width")
                .isEqualTo(width);
    }

    /** The innermost elements that reach past the screen's right edge, for the failure message. */
    private static Object tooWide(ChromeDriver driver, int width) {
        return driver.executeScript(
                "var out = [], w = arguments[0];"
                        + "document.querySelectorAll('body *').forEach(function (e) {"
                        + "  if (e.getBoundingClientRect().right > w + 1"
                        + "      && !Array.prototype.some.call(e.children, function (c) {"
                        + "           return c.getBoundingClientRect().right > w + 1; })) {"
                        + "    out.push(e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className + ' '"
                        + "      + Math.round(e.getBoundingClientRect().right)); } });"
                        + "return out.slice(0, 8).join(', ');",
                width);
    }

    private static long number(ChromeDriver driver, String script) {
        return ((Number) driver.executeScript(script)).longValue();
    }
}
