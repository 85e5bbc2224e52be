package io.industrypulse.cultivation;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.support.Browser;
import io.industrypulse.support.BrowserTest;
import java.time.Duration;
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
 * against the threshold, then the net increase against its task.
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
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
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
}
