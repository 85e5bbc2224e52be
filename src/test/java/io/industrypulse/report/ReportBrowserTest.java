package io.industrypulse.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.monitor.MonitorService;
import io.industrypulse.support.Browser;
import io.industrypulse.support.BrowserTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In headless Chromium: an analyst opens the archive from the menu, writes the month's brief with the button and finds
 * it at the top of the month's archive with its three downloads; writing it again without new data keeps the same
 * version; a county user sees only its county's documents; the page reads in English.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "industrypulse.test.context=report-browser")
@BrowserTest
class ReportBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    MonitorService monitor;

    @Test
    void anAnalystWritesTheBriefAndACountySeesOnlyItsOwn() throws Exception {
        var result = monitor.snapshot().orElseThrow().result();
        String period = result.year() + "-" + String.format("%02d", result.lastMonth());
        try (Browser browser = Browser.open()) {
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            login(driver, "analyst");
            browser.openFromMenu("分析报告与调度会材料");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("generate-form")));
            assertThat(driver.findElement(By.cssSelector("main h2")).getText()).isEqualTo("分析报告与调度会材料");
            assertThat(driver.findElement(By.cssSelector("#generate-form input[name=period]"))
                            .getAttribute("value"))
                    .as("the form offers the latest published month")
                    .isEqualTo(period);

            new Select(driver.findElement(By.cssSelector("#generate-form select[name=kind]")))
                    .selectByVisibleText("调度会材料");
            driver.findElement(By.id("generate-button")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("generated")));
            assertThat(driver.findElement(By.id("generated")).getText()).startsWith("已生成调度会材料（第 1 版）");
            WebElement row = driver.findElement(By.cssSelector("#archive tr.just-generated"));
            assertThat(row.getAttribute("data-kind")).isEqualTo("brief");
            assertThat(row.findElements(By.tagName("td")).get(2).getText()).isEqualTo("示例市");
            String id = row.getAttribute("data-id");
            assertThat(row.findElement(By.cssSelector("a.docx")).getAttribute("href"))
                    .endsWith("/reports/" + id + "/docx");
            assertThat(row.findElement(By.cssSelector("a.pdf")).getAttribute("href"))
                    .endsWith("/reports/" + id + "/pdf");
            assertThat(row.findElement(By.cssSelector("a.xlsx")).getAttribute("href"))
                    .endsWith("/reports/" + id + "/xlsx");
            browser.screenshot("reports");

            // the same data: the same document, so the same version
            new Select(driver.findElement(By.cssSelector("#generate-form select[name=kind]")))
                    .selectByVisibleText("调度会材料");
            driver.findElement(By.id("generate-button")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("generated")));
            assertThat(driver.findElement(By.cssSelector("#archive tr.just-generated"))
                            .getAttribute("data-id"))
                    .isEqualTo(id);
            assertThat(driver.findElement(By.id("generated")).getText()).contains("第 1 版");
            assertThat(browser.consoleErrors()).isEmpty();

            browser.assertReadsInEnglish("http://localhost:" + port + "/reports?lang=en", "Reports and meeting briefs");
            driver.get("http://localhost:" + port + "/reports?lang=zh-CN");

            driver.manage().deleteAllCookies();
            login(driver, "county130102");
            driver.get("http://localhost:" + port + "/reports?period=" + period);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("generate-form")));
            assertThat(driver.findElements(By.cssSelector("#archive tbody tr")))
                    .as("the city's brief is not the county's")
                    .isEmpty();
            driver.findElement(By.id("generate-button")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("generated")));
            var rows = driver.findElements(By.cssSelector("#archive tbody tr"));
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).getAttribute("data-region")).isEqualTo("130102");
            assertThat(rows.get(0).findElements(By.tagName("td")).get(2).getText())
                    .isEqualTo("长安区");
        }
    }

    private void login(ChromeDriver driver, String user) {
        driver.get("http://localhost:" + port + "/");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys("Demo-City-2026");
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav.app-nav")));
    }
}
