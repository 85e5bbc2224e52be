package io.industrypulse.environment;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.support.Browser;
import io.industrypulse.support.BrowserTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In headless Chromium: the ecology department opens the red alert and sees its three plans side by side, each with
 * its reductions and losses, and the optimised plan costing no more than 一刀切; a county's page shows what this
 * month's environmental control costs it.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "industrypulse.test.context=environment-browser")
@BrowserTest
@Import(EnvironmentBrowserTest.DuringTheDecemberAlert.class)
class EnvironmentBrowserTest {

    /** 4 December 2026, 10:00 in the city: the demo's December alert over the eastern counties is running. */
    @TestConfiguration(proxyBeanMethods = false)
    static class DuringTheDecemberAlert {

        @Bean
        @Primary
        Clock duringTheAlert() {
            return Clock.fixed(Instant.parse("2026-12-04T02:00:00Z"), ZoneOffset.UTC);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private ChromeDriver login(Browser browser, String user, String path) {
        ChromeDriver driver = browser.driver();
        driver.get("http://localhost:" + port + path);
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys("Demo-City-2026");
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        return driver;
    }

    @Test
    void theEpisodePageShowsTheThreePlansSideBySide() throws Exception {
        long id = jdbc.sql("SELECT id FROM env_episode WHERE name LIKE '%2月红色预警'")
                .query(Long.class)
                .single();
        try (Browser browser = Browser.open()) {
            ChromeDriver driver = login(browser, "ecology", "/environment/episodes/" + id);
            Browser.waiting(driver, Duration.ofSeconds(20))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("plans")));
            List<WebElement> plans = driver.findElements(By.cssSelector("#plans section.plan"));
            assertThat(plans).hasSize(3);
            assertThat(plans.stream().map(p -> p.findElement(By.tagName("h4")).getText()))
                    .containsExactly("一刀切", "按绩效分级", "最小损失方案");
            // side by side on a desktop screen: the same top, left to right
            assertThat(plans.get(0).getLocation().getY())
                    .isEqualTo(plans.get(2).getLocation().getY());
            assertThat(plans.get(0).getLocation().getX())
                    .isLessThan(plans.get(1).getLocation().getX());
            WebElement uniform = driver.findElement(By.id("plan-UNIFORM"));
            WebElement optimised = driver.findElement(By.id("plan-OPTIMISED"));
            assertThat(uniform.getText()).contains("统一限产比例").contains("达到全部底线");
            assertThat(optimised.getText()).contains("已证明与最优的差距不超过").contains("达到全部底线");
            double uniformLoss = loss(uniform);
            double optimisedLoss = loss(optimised);
            assertThat(optimisedLoss).isPositive().isLessThanOrEqualTo(uniformLoss);
            assertThat(driver.findElements(By.cssSelector("#plan-OPTIMISED button.adopt")))
                    .hasSize(0);
            assertThat(driver.findElement(By.id("cost")).getText()).contains("按绩效分级默认措施测算");
            driver.executeScript("arguments[0].scrollIntoView()", driver.findElement(By.id("plans")));
            browser.screenshot("environment-episode");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    /** The city's value-added loss a plan shows, 万元. */
    private static double loss(WebElement plan) {
        return Double.parseDouble(
                plan.findElement(By.cssSelector("tr.loss td.va-loss")).getText().replace(",", ""));
    }

    @Test
    void theCountyPageShowsThisMonthsEnvironmentalCost() throws Exception {
        // a county of the eastern group, which the running alert covers
        String county = jdbc.sql("SELECT MIN(region_code) FROM env_county_group_member WHERE group_code = 'EAST'")
                .query(String.class)
                .single();
        try (Browser browser = Browser.open()) {
            ChromeDriver driver = login(browser, "county" + county, "/monitor/counties/" + county);
            WebDriverWait wait = Browser.waiting(driver, Duration.ofSeconds(20));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("environment-cost")));
            WebElement card = driver.findElement(By.id("environment-cost"));
            wait.until(d -> !card.findElements(By.id("environment-costs")).isEmpty());
            assertThat(card.getText()).startsWith("本月环保管控影响").contains("2026年12月橙色预警（东部区域）");
            WebElement row = card.findElement(By.cssSelector("#environment-costs tbody tr"));
            assertThat(Double.parseDouble(
                            row.findElement(By.cssSelector("td.month-points")).getText()))
                    .isPositive();
            browser.screenshot("environment-county-cost");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}
