package io.industrypulse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.support.Browser;
import io.industrypulse.support.BrowserTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

class ReviewFlowH2Test extends ReviewFlowTest {

    /** A county user explains a flag on the page in headless Chromium: refused stock phrase, then a real reason. */
    @Test
    @BrowserTest
    void countyUserExplainsAFlagInTheBrowser() throws Exception {
        Line flagged = plain("130108", 1).get(0).sales(0.5);
        importAs("130108", "130108.xlsx", List.of(flagged));
        long id = of(flags("", "county130108"), flagged.enterprise().creditCode())
                .get("id")
                .asLong();
        try (Browser browser = Browser.open()) {
            var driver = browser.driver();
            driver.get("http://localhost:" + port + "/login");
            driver.findElement(By.id("username")).sendKeys("county130108");
            driver.findElement(By.id("password")).sendKeys(PASSWORD);
            driver.findElement(By.cssSelector("form button[type=submit]")).click();
            var wait = Browser.waiting(driver, Duration.ofSeconds(15));
            // a county user lands on its own county's page
            wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + "/monitor/counties/130108"));
            browser.openFromMenu("核实性审核");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("flag-" + id)));
            driver.get("http://localhost:" + port + "/review?period=2026-11");
            By row = By.id("flag-" + id);
            wait.until(ExpectedConditions.presenceOfElementLocated(row));
            assertThat(driver.findElement(row)
                            .findElement(By.cssSelector(".flag-state"))
                            .getText())
                    .isEqualTo("待说明");

            driver.findElement(row).findElement(By.name("text")).sendKeys("核实无误");
            driver.findElement(row)
                    .findElement(By.cssSelector("form.explain button"))
                    .click();
            wait.until(ExpectedConditions.presenceOfNestedElementLocatedBy(row, By.cssSelector("p.error")));
            assertThat(driver.findElement(row)
                            .findElement(By.cssSelector("p.error"))
                            .getText())
                    .contains("核实无误");

            new Select(driver.findElement(row).findElement(By.name("category"))).selectByVisibleText("价格变动");
            driver.findElement(row).findElement(By.name("text")).sendKeys("产品出厂价下调两成，销售产值低于按上月价格计算的产值");
            driver.findElement(row)
                    .findElement(By.cssSelector("form.explain button"))
                    .click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#flag-" + id + " .flag-state"), "已说明"));
            assertThat(driver.findElement(row).getText()).contains("价格变动").contains("产品出厂价下调两成");
            browser.screenshot("review-explained");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}
