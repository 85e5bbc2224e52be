package io.industrypulse.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.support.Browser;
import io.industrypulse.support.BrowserTest;
import io.industrypulse.support.WebSession;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The December dispatch meeting's questions, each one click from the home page, on the demo city (data through
 * 2026-10): the leader's three classes with their counties, the ranking with 两个不低于, the quarter view with
 * 四季度好于三季度; the county user's required growth and December tasks. Every figure is checked against the engine's
 * figures over the API ({@code /api/v1/growth}, {@code /api/v1/tasks}), with the page's rule applied by hand: growth
 * published half-up to one decimal, a mark ✓ when the published figure is not below its benchmark, a single quarter's
 * growth from the differences of the cumulative sums.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@BrowserTest
class MeetingQuestionsBrowserTest {

    private static final String PASSWORD = "Demo-City-2026";

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theLeaderFindsClassesRankingAndQuartersOneClickFromHome() throws Exception {
        Map<String, JsonNode> october = counties("2026-10");
        Map<String, JsonNode> september = counties("2026-09");
        Map<String, JsonNode> june = counties("2026-06");
        try (Browser browser = Browser.open()) {
            ChromeDriver driver = browser.driver();
            login(driver, "leader");

            // the three classes, each with its counties' names, on the home page itself
            Map<String, Set<String>> expectedClasses = new TreeMap<>();
            october.values()
                    .forEach(c -> expectedClasses
                            .computeIfAbsent(c.get("class").asString(), k -> new TreeSet<>())
                            .add(c.get("name").asString()));
            Map<String, Set<String>> shownClasses = new TreeMap<>();
            for (WebElement dd : driver.findElements(By.cssSelector("#classes dd[data-class]"))) {
                Set<String> names = dd.findElements(By.cssSelector(".county-chip")).stream()
                        .map(WebElement::getText)
                        .collect(Collectors.toCollection(TreeSet::new));
                if (!names.isEmpty()) {
                    shownClasses.put(dd.getAttribute("data-class"), names);
                }
            }
            assertThat(shownClasses).isEqualTo(expectedClasses);
            double province = percent(driver.findElement(By.id("province")).getText());
            double cityOfficial = percent(driver.findElement(By.cssSelector("#kpi-official .kpi-value"))
                    .getText());

            // one click: the ranking, with 两个不低于 mark by mark
            driver.findElement(By.linkText("查看县区大排队")).click();
            waitFor(driver, "#ranking tbody tr");
            List<WebElement> rows = driver.findElements(By.cssSelector("#ranking tbody tr"));
            assertThat(rows).hasSize(october.size());
            for (WebElement row : rows) {
                JsonNode county = october.get(row.getAttribute("data-code"));
                double cum = published(county.get("cum_growth").asDouble());
                String where = county.get("name").asString();
                assertThat(row.findElement(By.cssSelector("td.rank")).getText())
                        .as(where + " rank")
                        .isEqualTo(String.valueOf(county.get("rank").asInt()));
                assertThat(Double.parseDouble(
                                row.findElement(By.cssSelector("td.cum")).getText()))
                        .as(where + " cumulative growth")
                        .isEqualTo(cum);
                assertThat(mark(row, "nb-target"))
                        .as(where + " 不低于目标")
                        .isEqualTo(cum >= county.get("target").asDouble());
                assertThat(mark(row, "nb-province")).as(where + " 不低于全省").isEqualTo(cum >= province);
                assertThat(mark(row, "nb-city")).as(where + " 不低于全市").isEqualTo(cum >= cityOfficial);
            }

            // one click from home: the quarter view, 四季度好于三季度 from the cumulative sums
            driver.get("http://localhost:" + port + "/");
            waitFor(driver, "main h2");
            browser.openFromMenu("季度");
            waitFor(driver, "#quarters tbody tr");
            int checked = 0;
            for (WebElement row : driver.findElements(By.cssSelector("#quarters tbody tr"))) {
                String name = row.findElement(By.cssSelector("td.region")).getText();
                JsonNode oct = byName(october, name);
                if (oct == null) {
                    continue; // the city's own row
                }
                String code = oct.get("code").asString();
                double q3 = published(quarterGrowth(september.get(code), june.get(code)));
                double q4 = published(quarterGrowth(oct, september.get(code)));
                assertThat(Double.parseDouble(
                                row.findElement(By.cssSelector("td.q3")).getText()))
                        .as(name + " 三季度")
                        .isEqualTo(q3);
                assertThat(Double.parseDouble(
                                row.findElement(By.cssSelector("td.q4")).getText()))
                        .as(name + " 四季度（10月）")
                        .isEqualTo(q4);
                assertThat(mark(row, "better")).as(name + " 四季度好于三季度").isEqualTo(q4 > q3);
                assertThat(Double.parseDouble(
                                row.findElement(By.cssSelector("td.gap")).getText()))
                        .as(name + " 差距")
                        .isEqualTo(published(q4 - q3));
                checked++;
            }
            assertThat(checked).isEqualTo(october.size());
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void theCountyUserFindsItsRequiredGrowthAndDecemberTasksOneClickFromHome() throws Exception {
        JsonNode county = counties("2026-10").get("130102");
        JsonNode december = json.readTree(new WebSession(port)
                .getBasic("/api/v1/tasks?county=130102&period=2026-12", "county130102", PASSWORD)
                .body());
        try (Browser browser = Browser.open()) {
            ChromeDriver driver = browser.driver();
            login(driver, "county130102");
            // the county user's home is its own county's page
            assertThat(driver.getCurrentUrl()).contains("/monitor/counties/130102");
            String required = driver.findElement(By.id("required")).getText();
            double expected = published(county.get("required_rest_growth").asDouble());
            assertThat(required)
                    .contains(BigDecimal.valueOf(expected).setScale(1).toPlainString());

            // one click: December's tasks
            driver.findElement(By.linkText("12月")).click();
            waitFor(driver, "#tasks tbody tr");
            assertThat(driver.findElement(By.cssSelector("select[name=period] option:checked"))
                            .getText())
                    .isEqualTo("2026年12月");
            // planned from the data through October, as the county page: the same required growth
            assertThat(driver.findElement(By.id("required")).getText()).isEqualTo(required);
            BigDecimal requirement =
                    amount(driver.findElement(By.id("requirement")).getText());
            assertThat(requirement)
                    .isEqualByComparingTo(december.get("requirement").decimalValue());
            List<WebElement> tasks = driver.findElements(By.cssSelector("#tasks tbody td.task"));
            assertThat(tasks).hasSize(december.get("tasks").size());
            // the enterprises' tasks add up exactly to the county's (largest remainder, DESIGN.md section 5)
            BigDecimal sum = tasks.stream().map(t -> amount(t.getText())).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).isEqualByComparingTo(requirement);
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    /** The counties' figures of one month, by code, as the engine gives them over the API. */
    private Map<String, JsonNode> counties(String period) {
        JsonNode body = json.readTree(new WebSession(port)
                .getBasic("/api/v1/growth?period=" + period + "&group=county", "leader", PASSWORD)
                .body());
        Map<String, JsonNode> out = new HashMap<>();
        body.get("groups").forEach(g -> out.put(g.get("code").asString(), g));
        return out;
    }

    private static JsonNode byName(Map<String, JsonNode> counties, String name) {
        return counties.values().stream()
                .filter(c -> c.get("name").asString().equals(name))
                .findFirst()
                .orElse(null);
    }

    /** A single quarter's growth, %: the comparable and base sums between two quarter ends' cumulative figures. */
    private static double quarterGrowth(JsonNode end, JsonNode before) {
        double comparable =
                end.get("comp_cum").asDouble() - before.get("comp_cum").asDouble();
        double base = end.get("base_cum").asDouble() - before.get("base_cum").asDouble();
        return (comparable / base - 1) * 100;
    }

    /** Published: half-up to one decimal on the decimal value, as the statistics bureau rounds. */
    private static double published(double value) {
        return new BigDecimal(Double.toString(value))
                .setScale(1, RoundingMode.HALF_UP)
                .doubleValue();
    }

    private static double percent(String text) {
        return Double.parseDouble(text.replace("%", "").trim());
    }

    private static BigDecimal amount(String text) {
        return new BigDecimal(text.replace(",", "").replace("*", "").trim());
    }

    private static boolean mark(WebElement row, String name) {
        String text = row.findElement(By.cssSelector("td." + name)).getText();
        assertThat(text).isIn("✓", "✗");
        return text.equals("✓");
    }

    private void login(ChromeDriver driver, String user) {
        driver.get("http://localhost:" + port + "/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(driver, "main h2");
    }

    private static void waitFor(ChromeDriver driver, String css) {
        Browser.waiting(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }
}
