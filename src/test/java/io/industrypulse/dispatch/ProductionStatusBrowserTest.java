package io.industrypulse.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.support.Browser;
import io.industrypulse.support.BrowserTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A county user reports a limited enterprise on the page in headless Chromium, as a new user would. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "industrypulse.test.context=dispatch-browser")
@BrowserTest
class ProductionStatusBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCountyUserReportsALimitedEnterprise() throws Exception {
        String code = jdbc.sql("SELECT MIN(credit_code) FROM enterprise WHERE county_code = '130102'")
                .query(String.class)
                .single();
        try (Browser browser = Browser.open()) {
            ChromeDriver driver = browser.driver();
            driver.get("http://localhost:" + port + "/dispatch/production");
            driver.findElement(By.id("username")).sendKeys("county130102");
            driver.findElement(By.id("password")).sendKeys("Demo-City-2026");
            driver.findElement(By.cssSelector("form button[type=submit]")).click();
            WebDriverWait wait = Browser.waiting(driver, Duration.ofSeconds(15));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report")));
            assertThat(driver.findElement(By.cssSelector("main h2")).getText()).isEqualTo("停产、限产企业");

            driver.findElement(By.cssSelector("#report input[name=creditCode]")).sendKeys(code);
            new Select(driver.findElement(By.cssSelector("#report select[name=status]"))).selectByVisibleText("限产");
            new Select(driver.findElement(By.cssSelector("#report select[name=reason]"))).selectByVisibleText("环保管控");
            driver.findElement(By.cssSelector("#report input[name=note]")).sendKeys("重污染天气橙色预警，限产 30%");
            driver.findElement(By.cssSelector("#report button[type=submit]")).click();

            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#production tbody tr")));
            var row = driver.findElement(By.cssSelector("#production tr[data-code='" + code + "']"));
            assertThat(row.findElement(By.cssSelector("td.status")).getText()).isEqualTo("限产");
            assertThat(row.findElement(By.cssSelector("td.reason")).getText()).isEqualTo("环保管控");
            assertThat(driver.findElement(By.cssSelector("p.ok")).getText()).contains("已保存");
            browser.screenshot("dispatch-production");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}
