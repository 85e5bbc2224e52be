package io.industrypulse.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.support.Browser;
import io.industrypulse.support.BrowserTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The monitoring pages in headless Chromium on the demo city: no console errors, charts drawn on a canvas, Chinese
 * (and English) text rendered; screenshots under {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@BrowserTest
class MonitorBrowserTest {

    @LocalServerPort
    int port;

    private void login(ChromeDriver driver, String path, String user, String password) {
        driver.get("http://localhost:" + port + path);
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        Browser.waiting(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h2")));
    }

    @Test
    void overviewDrawsTheTrendChartInChinese() throws Exception {
        try (Browser browser = Browser.open()) {
            ChromeDriver driver = browser.driver();
            login(driver, "/", "leader", "Demo-City-2026");
            Browser.waiting(driver, Duration.ofSeconds(15))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#trend canvas")));
            assertThat(driver.findElement(By.id("title")).getText())
                    .contains("全市工业经济运行总览")
                    .contains("1-");
            assertThat(driver.findElement(By.cssSelector("#kpi-cum .growth")).getText())
                    .matches("(增长|下降)\\d+\\.\\d%");
            assertThat(driver.findElements(By.cssSelector("#classes .county-chip")))
                    .isNotEmpty();
            assertThat(canvasHasInk(driver, "#trend canvas")).isTrue();
            browser.screenshot("monitor-overview");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void rankingSortsAndSwitchesPeriod() throws Exception {
        try (Browser browser = Browser.open()) {
            ChromeDriver driver = browser.driver();
            login(driver, "/monitor/ranking", "analyst", "Demo-City-2026");
            assertThat(driver.findElement(By.id("title")).getText()).contains("县区规上工业增加值增速大排队");
            List<WebElement> rows = driver.findElements(By.cssSelector("#ranking tbody tr"));
            assertThat(rows).hasSizeGreaterThan(5);
            assertThat(rows.get(0).findElement(By.cssSelector("td.rank")).getText())
                    .isEqualTo("1");
            browser.screenshot("monitor-ranking");

            // sort by the contribution column, ascending then descending
            WebElement header = driver.findElements(By.cssSelector("#ranking thead th")).stream()
                    .filter(th -> th.getText().startsWith("贡献率"))
                    .findFirst()
                    .orElseThrow();
            header.click();
            // every county has a contribution: a column that came back empty or short would sort trivially
            List<Double> ascending = column(driver, "td.contribution");
            assertThat(ascending).hasSize(rows.size()).isSorted();
            assertThat(ascending.get(0)).isLessThan(ascending.get(ascending.size() - 1));
            header.click();
            List<Double> descending = column(driver, "td.contribution");
            List<Double> reversed = new java.util.ArrayList<>(ascending);
            java.util.Collections.reverse(reversed);
            assertThat(descending).hasSize(rows.size()).isEqualTo(reversed);

            // the header's one period picker follows 1-2月: no January alone; the page comes back on the chosen period
            List<String> options = driver.findElements(By.cssSelector(".period-picker option")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertThat(options).contains("2026年1-2月").noneMatch(o -> o.endsWith("年1月"));
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.cssSelector(".period-picker select")))
                    .selectByVisibleText("2026年1-6月");
            Browser.waiting(driver, Duration.ofSeconds(15))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("title"), "2026年1-6月"));
            assertThat(driver.getCurrentUrl()).contains("/monitor/ranking").doesNotContain("period=");
            assertThat(driver.findElement(By.id("title")).getText()).contains("2026年1-6月");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void rankingInEnglish() throws Exception {
        try (Browser browser = Browser.open()) {
            ChromeDriver driver = browser.driver();
            login(driver, "/monitor/ranking?lang=en", "leader", "Demo-City-2026");
            driver.get("http://localhost:" + port + "/monitor/ranking?lang=en");
            assertThat(driver.findElement(By.id("title")).getText())
                    .contains("County ranking of industrial value-added growth")
                    .contains("Jan-");
            assertThat(driver.findElement(By.cssSelector("#ranking tbody td.class"))
                            .getText())
                    .isIn("On track", "Positive, below target", "Negative");
            browser.screenshot("monitor-ranking-en");
            driver.get("http://localhost:" + port + "/");
            Browser.waiting(driver, Duration.ofSeconds(15))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#trend canvas")));
            assertThat(driver.findElement(By.cssSelector("#kpi-cum .growth")).getText())
                    .matches("(up|down) \\d+\\.\\d%");
            browser.screenshot("monitor-overview-en");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void countyPageDrawsItsTrendAndAnswersTheWhatIf() throws Exception {
        try (Browser browser = Browser.open()) {
            ChromeDriver driver = browser.driver();
            login(driver, "/monitor/counties/130102", "county130102", "Demo-City-2026");
            Browser.waiting(driver, Duration.ofSeconds(15))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#trend canvas")));
            assertThat(driver.findElement(By.id("title")).getText())
                    .contains("长安区")
                    .contains("县区点对点分析");
            assertThat(canvasHasInk(driver, "#trend canvas")).isTrue();
            assertThat(driver.findElements(By.cssSelector("#divisions tbody tr")))
                    .isNotEmpty();
            assertThat(driver.findElements(By.cssSelector("#adding tbody tr"))).isNotEmpty();
            String before = driver.findElement(By.id("what-if")).getText();
            WebElement target = driver.findElement(By.id("what-if-target"));
            target.clear();
            target.sendKeys("12.5");
            driver.findElement(By.cssSelector("#what-if-form button")).click();
            Browser.waiting(driver, Duration.ofSeconds(10))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("what-if")).getText().contains("全年增长 12.5%"));
            assertThat(driver.findElement(By.id("what-if")).getText())
                    .matches("全年增长 12\\.5%，剩余月份需增长 -?\\d+\\.\\d%。")
                    .isNotEqualTo(before);
            browser.screenshot("monitor-county");
            assertThat(browser.consoleErrors()).isEmpty();

            // another county's page is not found for this user
            driver.get("http://localhost:" + port + "/monitor/counties/130103");
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("页面不存在");
            browser.consoleErrors(); // the 404 itself is logged by the browser as a failed resource
        }
    }

    @Test
    void comparisonsDrawBothCharts() throws Exception {
        try (Browser browser = Browser.open()) {
            ChromeDriver driver = browser.driver();
            login(driver, "/monitor/compare", "analyst", "Demo-City-2026");
            Browser.waiting(driver, Duration.ofSeconds(15))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#vertical canvas")));
            assertThat(driver.findElement(By.id("horizontal-title")).getText()).startsWith("横向对比");
            assertThat(canvasHasInk(driver, "#horizontal canvas")).isTrue();
            assertThat(canvasHasInk(driver, "#vertical canvas")).isTrue();
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("indicator")))
                    .selectByVisibleText("当月增速（%）");
            Browser.waiting(driver, Duration.ofSeconds(15))
                    .until(ExpectedConditions.urlContains("indicator=monthGrowth"));
            assertThat(driver.findElement(By.id("horizontal-title")).getText()).contains("当月增速");
            browser.screenshot("monitor-compare");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void bigScreenFillsFullHdAndRefreshesItself() throws Exception {
        try (Browser browser = Browser.open()) {
            ChromeDriver driver = browser.driver();
            login(driver, "/monitor/ranking", "leader", "Demo-City-2026");
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1920, 1080));
            driver.get("http://localhost:" + port + "/monitor/screen");
            Browser.waiting(driver, Duration.ofSeconds(15))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#screen-counties canvas")));
            assertThat(driver.findElement(By.id("title")).getText()).contains("工业经济运行监测大屏");
            assertThat(driver.findElement(By.id("screen")).getAttribute("hx-trigger"))
                    .contains("every 60s");
            assertThat(driver.findElements(By.cssSelector("#ranking tbody tr"))).hasSizeGreaterThan(5);
            assertThat(canvasHasInk(driver, "#screen-trend canvas")).isTrue();
            assertThat(canvasHasInk(driver, "#screen-counties canvas")).isTrue();
            Object width = driver.executeScript(
                    "return document.getElementById('screen-content').getBoundingClientRect().width;");
            assertThat(((Number) width).doubleValue()).isGreaterThanOrEqualTo(1900);
            browser.screenshot("monitor-screen");

            // the refresh htmx does every 60 s, triggered now: the content is swapped and the charts are drawn again
            driver.executeScript("document.getElementById('screen-content').dataset.old = 'yes';"
                    + "htmx.trigger('#screen', 'refresh');");
            Browser.waiting(driver, Duration.ofSeconds(15))
                    .until(d -> ((ChromeDriver) d)
                            .executeScript("var c = document.getElementById('screen-content');"
                                    + "return c != null && c.dataset.old === undefined"
                                    + " && document.querySelector('#screen-trend canvas') != null;")
                            .equals(Boolean.TRUE));
            assertThat(driver.findElements(By.cssSelector("#screen #screen-content")))
                    .hasSize(1);
            assertThat(driver.findElements(By.cssSelector("#screen header"))).isEmpty();
            assertThat(canvasHasInk(driver, "#screen-trend canvas")).isTrue();
            // the swapped-out charts were disposed: as many live instances as charts on the screen, not twice as many
            assertThat(((Number) driver.executeScript("return charts.length;")).intValue())
                    .isEqualTo(
                            ((Number) driver.executeScript("return document.querySelectorAll('[data-chart]').length;"))
                                    .intValue());
            assertThat(driver.findElement(By.id("marks-legend")).getText()).contains("不低于目标");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void divisionAndEnterprisePagesDrawTheirCharts() throws Exception {
        try (Browser browser = Browser.open()) {
            ChromeDriver driver = browser.driver();
            login(driver, "/monitor/counties/130102", "county130102", "Demo-City-2026");
            driver.findElement(By.cssSelector("#divisions tbody tr a")).click();
            Browser.waiting(driver, Duration.ofSeconds(15))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#trend canvas")));
            assertThat(driver.findElement(By.id("title")).getText()).contains("行业分析");
            assertThat(canvasHasInk(driver, "#trend canvas")).isTrue();
            browser.screenshot("monitor-division");
            driver.findElement(By.cssSelector("#adding tbody tr a")).click();
            Browser.waiting(driver, Duration.ofSeconds(15))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#series canvas")));
            assertThat(driver.findElement(By.id("title")).getText()).contains("企业运行分析");
            assertThat(canvasHasInk(driver, "#series canvas")).isTrue();
            assertThat(driver.findElements(By.cssSelector("#monthly tbody tr"))).hasSizeGreaterThan(1);
            browser.screenshot("monitor-enterprise");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    private static List<Double> column(ChromeDriver driver, String cell) {
        return driver.findElements(By.cssSelector("#ranking tbody " + cell)).stream()
                .map(td -> td.getAttribute("data-value"))
                .filter(v -> v != null && !v.isEmpty())
                .map(Double::valueOf)
                .toList();
    }

    /** Whether the chart's canvas has any non-transparent pixel (ECharts drew something). */
    static boolean canvasHasInk(ChromeDriver driver, String selector) {
        Object drawn = driver.executeScript(
                "var c = document.querySelector(arguments[0]);"
                        + "var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                        + "for (var i = 3; i < d.length; i += 4) { if (d[i] > 0) return true; } return false;",
                selector);
        return Boolean.TRUE.equals(drawn);
    }
}
