package io.industrypulse.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.support.Browser;
import io.industrypulse.support.BrowserTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

class ReportingH2Test extends ReportingTest {

    /** A county user opens the reporting progress from the navigation in headless Chromium. */
    @Test
    @BrowserTest
    void countyUserSeesItsReportingProgressInTheBrowser() throws Exception {
        try (Browser browser = Browser.open()) {
            var driver = browser.driver();
            driver.get("http://localhost:" + port + "/login");
            driver.findElement(By.id("username")).sendKeys("county130103");
            driver.findElement(By.id("password")).sendKeys(PASSWORD);
            driver.findElement(By.cssSelector("form button[type=submit]")).click();
            var wait = Browser.waiting(driver, Duration.ofSeconds(15));
            // a county user lands on its own county's page
            wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + "/monitor/counties/130103"));
            browser.openFromMenu("联网直报进度");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("county-130103")));
            assertThat(driver.findElement(By.id("deadline")).getText())
                    .contains("2026-12-05")
                    .contains("还剩 2 天");
            assertThat(driver.findElements(By.cssSelector("#progress tbody tr")))
                    .hasSize(1);
            driver.get("http://localhost:" + port + "/reporting?period=2026-10");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("county-130103")));
            assertThat(driver.findElement(By.cssSelector("#county-130103 .coverage"))
                            .getText())
                    .endsWith("%");
            browser.screenshot("reporting-county-user");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}
