package io.industrypulse.cultivation;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.support.Browser;
import io.industrypulse.support.BrowserTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In headless Chromium: a county user filters its pool to the 临规, opens an enterprise and sees its revenue drawn
 * against the threshold, then the net increase against its task; the city adds a batch and a county takes an
 * application through it to 已入库; the pages read in English.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "industrypulse.test.context=cultivation-browser")
@BrowserTest
class CultivationBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCountyFollowsItsPoolToAnEnterpriseAndItsNetIncrease() throws Exception {
        try (Browser browser = Browser.open()) {
            ChromeDriver driver = browser.driver();
            driver.get("http://localhost:" + port + "/cultivation?kind=SMALL");
            driver.findElement(By.id("username")).sendKeys("county130102");
            driver.findElement(By.id("password")).sendKeys("Demo-City-2026");
            driver.findElement(By.cssSelector("form button[type=submit]")).click();
            WebDriverWait wait = Browser.waiting(driver, Duration.ofSeconds(20));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pool")));
            assertThat(driver.findElement(By.cssSelector("main h2")).getText()).isEqualTo("小升规培育库");
            var rows = driver.findElements(By.cssSelector("#pool tbody tr"));
            assertThat(rows).isNotEmpty();
            rows.forEach(r -> assertThat(r.findElements(By.tagName("td")).get(2).getText())
                    .isEqualTo("小升规"));
            assertThat(driver.findElement(By.id("accuracy")).getText()).startsWith("预测回测");
            browser.screenshot("cultivation-pool");

            rows.get(0).findElement(By.cssSelector("td a")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#revenue-chart canvas")));
            WebElement chart = driver.findElement(By.id("revenue-chart"));
            assertThat(chart.getSize().getHeight()).isGreaterThan(200);
            assertThat(driver.findElement(By.id("pool-class")).getText()).isIn("已达标", "临规", "培育");
            browser.screenshot("cultivation-enterprise");

            driver.get("http://localhost:" + port + "/cultivation/net-increase");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("net")));
            WebElement own = driver.findElement(By.cssSelector("#net tr[data-region='130102']"));
            int net = Integer.parseInt(own.findElement(By.cssSelector("td.net")).getText());
            int year = Integer.parseInt(driver.findElement(By.name("year")).getAttribute("value"));
            int entries = jdbc.sql("""
                            SELECT COUNT(*) FROM enterprise_above_size s JOIN enterprise e ON e.id = s.enterprise_id
                            WHERE e.county_code = '130102' AND s.entry_kind <> 'INITIAL'
                              AND EXTRACT(YEAR FROM s.entered_period) = :y""").param("y", year).query(Integer.class).single();
            int exits = jdbc.sql("""
                            SELECT COUNT(*) FROM enterprise_above_size s JOIN enterprise e ON e.id = s.enterprise_id
                            WHERE e.county_code = '130102' AND EXTRACT(YEAR FROM s.exited_period) = :y""").param("y", year).query(Integer.class).single();
            assertThat(net).isEqualTo(entries - exits);
            browser.screenshot("cultivation-net-increase");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    private static void login(ChromeDriver driver, String user) {
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys("Demo-City-2026");
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
    }

    /** Sets a date or month input as its picker would (typing into them depends on the browser's locale). */
    private static void pick(ChromeDriver driver, String name, String value) {
        driver.executeScript("arguments[0].value = arguments[1]", driver.findElement(By.name(name)), value);
    }

    private static String state(ChromeDriver driver) {
        return driver.findElement(By.cssSelector("#applications tbody tr td.state"))
                .getText();
    }

    @Test
    void theCityAddsABatchAndACountyTakesAnApplicationThroughItToEntry() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String name = "浏览器测试批次";
        try (Browser city = Browser.open()) {
            ChromeDriver driver = city.driver();
            WebDriverWait wait = Browser.waiting(driver, Duration.ofSeconds(20));
            driver.get("http://localhost:" + port + "/cultivation/batches");
            login(driver, "analyst");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("batch-form")));
            driver.findElement(By.name("year")).sendKeys(Integer.toString(today.getYear()));
            driver.findElement(By.name("name")).sendKeys(name);
            pick(driver, "deadline", today.plusDays(10).toString());
            // an effective month before the deadline is refused at its field, and the batch is not added
            pick(driver, "effectiveMonth", YearMonth.from(today).toString());
            driver.findElement(By.cssSelector("#batch-form button[type=submit]"))
                    .click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#batch-form .field-error")));
            assertThat(driver.findElement(By.cssSelector("#batch-form .field-error"))
                            .getText())
                    .isEqualTo("起报月份：须晚于申报截止日期");
            driver.findElement(By.name("year")).clear();
            driver.findElement(By.name("year")).sendKeys(Integer.toString(today.getYear()));
            driver.findElement(By.name("name")).clear();
            driver.findElement(By.name("name")).sendKeys(name);
            pick(driver, "deadline", today.plusDays(10).toString());
            pick(driver, "effectiveMonth", YearMonth.from(today).plusMonths(2).toString());
            driver.findElement(By.cssSelector("#batch-form button[type=submit]"))
                    .click();
            // the new batch's own page, then the calendar lists it
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h2"), name));
            driver.get("http://localhost:" + port + "/cultivation/batches");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("batches"), name));
            city.screenshot("cultivation-batches");
            assertThat(city.consoleErrors()).isEmpty();
        }
        String code = jdbc.sql("""
                        SELECT MIN(p.credit_code) FROM cult_pool p WHERE p.county_code = '130103' AND p.kind = 'SMALL'
                          AND p.credit_code NOT IN (SELECT credit_code FROM cult_application)""").query(String.class).single();
        try (Browser county = Browser.open()) {
            ChromeDriver driver = county.driver();
            WebDriverWait wait = Browser.waiting(driver, Duration.ofSeconds(20));
            driver.get("http://localhost:" + port + "/cultivation/pool/" + code);
            login(driver, "county130103");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("apply-form")));
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.cssSelector("#apply-form select")))
                    .selectByVisibleText(name);
            driver.findElement(By.cssSelector("#apply-form button[type=submit]"))
                    .click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("applications"), "已登记拟申报"));
            assertThat(state(driver)).isEqualTo("拟申报");
            for (String[] step : List.of(new String[] {"改为已申报", "已申报"}, new String[] {"改为已入库", "已入库"})) {
                WebElement button = driver.findElement(
                        By.xpath("//div[@id='applications']//button[normalize-space()='" + step[0] + "']"));
                button.click();
                wait.until(ExpectedConditions.stalenessOf(button));
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("applications"), "已改为：" + step[1]));
                assertThat(state(driver)).isEqualTo(step[1]);
            }
            county.screenshot("cultivation-application-entered");
            assertThat(county.consoleErrors()).isEmpty();
        }
        assertThat(jdbc.sql("""
                                SELECT CAST(s.entered_period AS VARCHAR(10)) || '/' || s.entry_kind
                                FROM enterprise e JOIN enterprise_above_size s ON s.enterprise_id = e.id
                                WHERE e.credit_code = :c""").param("c", code).query(String.class).single())
                .isEqualTo(YearMonth.from(today).plusMonths(2).atDay(1) + "/UPGRADE");
    }

    /** The pool, an enterprise, the batches and the net increase in English: every text from the English bundle. */
    @Test
    void thePagesReadInEnglish() throws Exception {
        String code = jdbc.sql("SELECT MIN(credit_code) FROM cult_pool WHERE county_code = '130102'")
                .query(String.class)
                .single();
        try (Browser browser = Browser.open()) {
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = Browser.waiting(driver, Duration.ofSeconds(20));
            driver.get("http://localhost:" + port + "/cultivation?lang=en");
            login(driver, "county130102");
            Map<String, String> headings = new java.util.LinkedHashMap<>();
            headings.put("/cultivation?lang=en", "Cultivation pool");
            headings.put("/cultivation/batches?lang=en", "Upgrade batches");
            headings.put("/cultivation/pool/" + code + "?lang=en", null);
            headings.put("/cultivation/net-increase?lang=en", "Net increase of above-size enterprises in ");
            headings.put("/cultivation/exits?lang=en", null);
            headings.forEach(
                    (path, heading) -> browser.assertReadsInEnglish("http://localhost:" + port + path, heading));
            browser.screenshot("cultivation-pool-en");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}
