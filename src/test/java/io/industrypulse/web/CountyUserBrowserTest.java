package io.industrypulse.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.support.Browser;
import io.industrypulse.support.BrowserTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A county user in headless Chromium: logs in, sees the enterprise list of its own county only, in Chinese. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CountyUserBrowserTest {

    @LocalServerPort
    int port;

    @Test
    @BrowserTest
    void countyUserSeesOnlyItsCountyInTheEnterpriseList() throws Exception {
        try (Browser browser = Browser.open()) {
            var driver = browser.driver();
            driver.get("http://localhost:" + port + "/enterprises");
            assertThat(driver.getCurrentUrl()).endsWith("/login");
            assertThat(driver.findElement(By.tagName("h2")).getText()).isEqualTo("用户登录");
            driver.findElement(By.id("username")).sendKeys("county130102");
            driver.findElement(By.id("password")).sendKeys("Demo-City-2026");
            driver.findElement(By.cssSelector("form button[type=submit]")).click();
            Browser.waiting(driver, Duration.ofSeconds(15))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results table tbody tr")));

            assertThat(driver.findElement(By.cssSelector(".user-scope")).getText())
                    .contains("县级用户")
                    .contains("长安区");
            assertThat(driver.findElement(By.tagName("h2")).getText()).isEqualTo("企业名录");
            List<WebElement> countyOptions = driver.findElements(By.cssSelector("select[name=county] option"));
            assertThat(countyOptions.stream().map(WebElement::getText).filter(t -> !t.equals("全部")))
                    .containsExactly("长安区");
            List<String> countyCells = driver.findElements(By.cssSelector("#results tbody tr td.county")).stream()
                    .map(WebElement::getText)
                    .distinct()
                    .toList();
            assertThat(countyCells).containsExactly("长安区");
            browser.screenshot("enterprise-list-county-user");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}
