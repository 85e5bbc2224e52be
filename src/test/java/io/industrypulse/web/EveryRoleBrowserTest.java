package io.industrypulse.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.support.Browser;
import io.industrypulse.support.BrowserTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every role, as a new user would: log in, open each page of its own menu at a desk and on a phone. Each opens (no
 * error page), has its title, keeps the header short and does not scroll sideways, and the browser logs no error.
 * The meeting-room screen, which opens in its own window at 1920×1080, is left to its own test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@BrowserTest
class EveryRoleBrowserTest {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "admin, Pulse-Admin-2026",
        "analyst, Demo-City-2026",
        "leader, Demo-City-2026",
        "ecology, Demo-City-2026",
        "county130102, Demo-City-2026",
        "enterprise, Demo-City-2026"
    })
    void everyPageOfTheMenuOpensAtBothWidths(String user, String password) throws Exception {
        try (Browser browser = Browser.open()) {
            ChromeDriver driver = browser.driver();
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1440, 900));
            driver.get("http://localhost:" + port + "/login");
            driver.findElement(By.id("username")).sendKeys(user);
            driver.findElement(By.id("password")).sendKeys(password);
            driver.findElement(By.cssSelector("form button[type=submit]")).click();
            // the login page has a heading too: wait for its menu, the landing page's
            Browser.waiting(driver, Duration.ofSeconds(15))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".app-nav a")));
            waitForTitle(driver);
            List<String> pages = new ArrayList<>();
            for (WebElement link : driver.findElements(By.cssSelector(".app-nav a"))) {
                if (link.getDomAttribute("target") == null) {
                    pages.add(link.getDomAttribute("href"));
                }
            }
            assertThat(pages).as(user + "'s menu").isNotEmpty();
            for (int width : new int[] {1440, 390}) {
                driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, width > 760 ? 900 : 844));
                for (String page : pages) {
                    driver.get("http://localhost:" + port + page);
                    waitForTitle(driver);
                    String where = user + " " + page + " at " + width + " px";
                    assertThat(driver.findElements(By.cssSelector(".error-status")))
                            .as(where + ": opens without an error")
                            .isEmpty();
                    assertThat(number(driver, "return document.querySelector('.app-header').offsetHeight"))
                            .as(where + ": header height")
                            .isLessThan(120);
                    assertThat(number(driver, "return document.documentElement.scrollWidth"))
                            .as(where + ": no sideways scroll")
                            .isLessThanOrEqualTo(width);
                }
            }
            assertThat(browser.consoleErrors()).as(user).isEmpty();
        }
    }

    private static void waitForTitle(ChromeDriver driver) {
        Browser.waiting(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h2")));
    }

    private static long number(ChromeDriver driver, String script) {
        return ((Number) driver.executeScript(script)).longValue();
    }
}
