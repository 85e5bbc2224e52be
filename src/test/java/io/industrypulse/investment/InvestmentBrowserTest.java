package io.industrypulse.investment;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.support.Browser;
import io.industrypulse.support.BrowserTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
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
 * In headless Chromium: a county user filters its ledger to the projects behind the calendar, opens one and sees its
 * year drawn against the plan, then the summary with its own county's row and, on its county page, what its projects
 * bring next year.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "industrypulse.test.context=investment-browser")
@BrowserTest
class InvestmentBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCountyFollowsItsLedgerToAProjectAndTheSummary() throws Exception {
        YearMonth period = YearMonth.from(jdbc.sql("SELECT MAX(period) FROM inv_progress")
                .query(LocalDate.class)
                .single());
        try (Browser browser = Browser.open()) {
            ChromeDriver driver = browser.driver();
            driver.get("http://localhost:" + port + "/investment?behind=true");
            driver.findElement(By.id("username")).sendKeys("county130102");
            driver.findElement(By.id("password")).sendKeys("Demo-City-2026");
            driver.findElement(By.cssSelector("form button[type=submit]")).click();
            WebDriverWait wait = Browser.waiting(driver, Duration.ofSeconds(20));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ledger")));
            assertThat(driver.findElement(By.cssSelector("main h2")).getText()).isEqualTo("项目清单台账");
            var rows = driver.findElements(By.cssSelector("#ledger tbody tr"));
            assertThat(rows).isNotEmpty();
            rows.forEach(r -> {
                assertThat(r.findElements(By.tagName("td")).get(1).getText()).isEqualTo("长安区");
                assertThat(r.findElement(By.cssSelector("td.time-progress")).getText())
                        .startsWith("慢时序进度");
            });
            browser.screenshot("investment-ledger");

            String code = rows.get(0).getAttribute("data-code");
            rows.get(0).findElement(By.cssSelector("td a")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#progress-chart canvas")));
            assertThat(driver.findElement(By.id("progress-chart")).getSize().getHeight())
                    .isGreaterThan(200);
            assertThat(driver.findElement(By.cssSelector("main h2")).getText())
                    .isEqualTo(jdbc.sql("SELECT name FROM inv_project WHERE code = :c")
                            .param("c", code)
                            .query(String.class)
                            .single());
            assertThat(driver.findElement(By.id("time-progress")).getText()).startsWith("慢时序进度");
            assertThat(driver.findElements(By.cssSelector("#months tbody tr"))).hasSize(period.getMonthValue());
            browser.screenshot("investment-project");

            driver.get("http://localhost:" + port + "/investment/summary");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("summary")));
            WebElement own = driver.findElement(By.cssSelector("#summary tr[data-region='130102']"));
            assertThat(own.getAttribute("class")).contains("own");
            int projects = jdbc.sql("SELECT COUNT(*) FROM inv_project WHERE county_code = '130102'")
                    .query(Integer.class)
                    .single();
            assertThat(own.findElement(By.cssSelector("td.projects")).getText()).isEqualTo(Integer.toString(projects));
            assertThat(driver.findElement(By.id("coverage")).getText()).contains("台账只统计清单内的项目");
            browser.screenshot("investment-summary");

            // the county page: what its projects going into production bring next year, in a sentence
            driver.get("http://localhost:" + port + "/monitor/counties/130102");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("outlook-sentence")));
            assertThat(driver.findElement(By.id("outlook-sentence")).getText())
                    .matches("\\d+ 个在建、竣工项目按期投产，明年可新增产值约.+，可拉动明年全县规上工业增速约\\d+\\.\\d个百分点。");
            driver.executeScript("document.getElementById('investment-outlook').scrollIntoView()");
            browser.screenshot("investment-county-outlook");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    /** The ledger, a project and the summary in English: every label from the English bundle. */
    @Test
    void thePagesReadInEnglish() throws Exception {
        String code = jdbc.sql("SELECT MIN(code) FROM inv_project WHERE county_code = '130102'")
                .query(String.class)
                .single();
        try (Browser browser = Browser.open()) {
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = Browser.waiting(driver, Duration.ofSeconds(20));
            driver.get("http://localhost:" + port + "/investment?lang=en");
            driver.findElement(By.id("username")).sendKeys("county130102");
            driver.findElement(By.id("password")).sendKeys("Demo-City-2026");
            driver.findElement(By.cssSelector("form button[type=submit]")).click();
            java.util.Map<String, String> headings = new java.util.LinkedHashMap<>();
            headings.put("/investment?lang=en", "Project ledger");
            headings.put("/investment/summary?lang=en", "Investment summary");
            headings.put("/investment/projects/" + code + "?lang=en", null);
            headings.put("/investment/projects/new?lang=en", "Add a project");
            headings.forEach(
                    (path, heading) -> browser.assertReadsInEnglish("http://localhost:" + port + path, heading));
            browser.screenshot("investment-project-en");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}
