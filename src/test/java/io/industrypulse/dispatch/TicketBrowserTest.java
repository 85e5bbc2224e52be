package io.industrypulse.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.support.Browser;
import io.industrypulse.support.BrowserTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole flow through the pages in headless Chromium, each person in their own browser: the enterprise
 * reports a problem; its county accepts and escalates it; the city assigns it to 生态环境局; the department solves it;
 * the enterprise rates it 2 and it reopens; solved again, rated 5, closed by the city. Screenshots under
 * {@code target/screenshots/ticket-*}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@BrowserTest
class TicketBrowserTest {

    private static final String PASSWORD = "Demo-City-2026";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void fromTheEnterpriseToTheDepartmentAndBackToClosed() throws Exception {
        String code = jdbc.sql("SELECT enterprise_code FROM app_user WHERE username = 'enterprise'")
                .query(String.class)
                .single();
        String county = jdbc.sql("SELECT county_code FROM enterprise WHERE credit_code = :c")
                .param("c", code)
                .query(String.class)
                .single();
        String path;
        try (Browser browser = Browser.open()) {
            ChromeDriver driver = login(browser, "enterprise");
            browser.openFromMenu("企业诉求");
            driver.findElement(By.id("new-ticket")).click();
            waitFor(driver, "#ticket-form");
            assertThat(driver.findElement(By.id("creditCode")).getDomProperty("value"))
                    .isEqualTo(code);
            new Select(driver.findElement(By.id("category"))).selectByVisibleText("环保管控");
            driver.findElement(By.id("description")).sendKeys("重污染天气应急期间限产50%，订单交付困难");
            driver.findElement(By.id("helpAsked")).sendKeys("按绩效分级实施差异化管控");
            driver.findElement(By.id("stopsProduction")).click();
            browser.screenshot("ticket-1-enterprise-reports");
            driver.findElement(By.cssSelector("#ticket-form button[type=submit]"))
                    .click();
            waitFor(driver, "#history");
            assertThat(state(driver)).startsWith("待受理 · 县级");
            path = new java.net.URI(driver.getCurrentUrl()).getPath();
            // with a photo of the site: a real PNG (a 1×1 pixel written by the JDK)
            java.nio.file.Path photo =
                    java.nio.file.Files.createTempDirectory("ticket").resolve("现场照片.png");
            javax.imageio.ImageIO.write(
                    new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB),
                    "png",
                    photo.toFile());
            driver.findElement(By.id("attachment-file")).sendKeys(photo.toString());
            driver.findElement(By.cssSelector("#attach-form button[type=submit]"))
                    .click();
            waitFor(driver, "#attachments li a");
            assertThat(driver.findElement(By.cssSelector("#attachments li a")).getText())
                    .isEqualTo("现场照片.png");
            assertThat(browser.consoleErrors()).isEmpty();
        }
        act("county" + county, path, "accept", null, "办理中 · 县级");
        act("county" + county, path, "escalate", "涉及环保管控，需市级统筹协调", "待受理 · 市级");
        try (Browser browser = Browser.open()) {
            ChromeDriver driver = login(browser, "analyst");
            driver.get("http://localhost:" + port + path);
            WebElement assign = driver.findElement(By.id("action-assign"));
            assign.findElement(By.cssSelector("input[value=ECOLOGY]")).click();
            browser.screenshot("ticket-2-city-assigns");
            assign.findElement(By.cssSelector("button[type=submit]")).click();
            // the old page's #history is still there until the answer replaces the page
            Browser.gone(driver, assign);
            waitFor(driver, "#history");
            assertThat(state(driver)).startsWith("待受理 · 部门");
            assertThat(driver.findElement(By.id("departments")).getText()).isEqualTo("生态环境局");
        }
        act("ecology", path, "accept", null, "办理中 · 部门");
        act("ecology", path, "solve", "已调整为按绩效分级管控", "已办结 · 部门");
        rate(path, "2", "false", "办理中 · 部门");
        act("ecology", path, "solve", "错峰生产方案已批复，恢复正常生产", "已办结 · 部门");
        rate(path, "5", "true", "已回访 · 部门");
        act("analyst", path, "close", null, "已销号 · 部门");
        try (Browser browser = Browser.open()) {
            ChromeDriver driver = login(browser, "enterprise");
            driver.get("http://localhost:" + port + path);
            assertThat(driver.findElements(By.cssSelector("#history tbody tr"))).hasSize(10);
            assertThat(driver.findElement(By.id("rating")).getText()).startsWith("5");
            assertThat(driver.findElements(By.cssSelector("form.ticket-action")))
                    .isEmpty();
            browser.screenshot("ticket-3-closed");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void theLeaderReadsTheCampaignsBulletinAndTheLedgerSortedByStake() throws Exception {
        try (Browser browser = Browser.open()) {
            ChromeDriver driver = login(browser, "leader");
            browser.openFromMenu("百日攻坚");
            driver.findElement(By.cssSelector("#campaigns a")).click();
            waitFor(driver, "#by-county tbody tr");
            assertThat(driver.findElement(By.id("bulletin-text")).getText())
                    .startsWith("截至")
                    .contains("化解率");
            assertThat(driver.findElements(By.cssSelector("#by-county tbody tr")))
                    .hasSizeGreaterThan(3);
            browser.screenshot("campaign-bulletin");
            browser.openFromMenu("企业诉求");
            driver.findElement(By.cssSelector("#ticket-filters input[name=by_stake]"))
                    .click();
            WebElement filter = driver.findElement(By.cssSelector("#ticket-filters button[type=submit]"));
            filter.click();
            // the unsorted list has rows too: wait for the sorted page to replace it
            Browser.gone(driver, filter);
            waitFor(driver, "#tickets tbody tr");
            // largest stake first: the stake column descends over the rows that have one
            java.util.List<Double> stakes = driver.findElements(By.cssSelector("#tickets tbody td.stake")).stream()
                    .map(WebElement::getText)
                    .filter(t -> !t.equals("—"))
                    .map(Double::parseDouble)
                    .toList();
            assertThat(stakes).isNotEmpty();
            assertThat(stakes).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            browser.screenshot("tickets-by-stake");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    private void rate(String path, String rating, String solved, String expected) throws Exception {
        try (Browser browser = Browser.open()) {
            ChromeDriver driver = login(browser, "enterprise");
            driver.get("http://localhost:" + port + path);
            WebElement form = driver.findElement(By.id("action-rate"));
            new Select(form.findElement(By.name("rating"))).selectByValue(rating);
            new Select(form.findElement(By.name("solved"))).selectByValue(solved);
            form.findElement(By.name("note")).sendKeys("回访意见");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            // the old page has a #history too: wait for it to go before reading the new one's state
            Browser.gone(driver, form);
            waitFor(driver, "#history");
            assertThat(state(driver)).startsWith(expected);
        }
    }

    private void act(String user, String path, String action, String note, String expected) throws Exception {
        try (Browser browser = Browser.open()) {
            ChromeDriver driver = login(browser, user);
            driver.get("http://localhost:" + port + path);
            WebElement form = driver.findElement(By.id("action-" + action));
            if (note != null) {
                form.findElement(By.name("note")).sendKeys(note);
            }
            form.findElement(By.cssSelector("button[type=submit]")).click();
            // the old page has a #history too: wait for it to go before reading the new one's state
            Browser.gone(driver, form);
            waitFor(driver, "#history");
            assertThat(state(driver)).as(user + " " + action).startsWith(expected);
            browser.screenshot("ticket-" + user + "-" + action);
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    private ChromeDriver login(Browser browser, String user) {
        ChromeDriver driver = browser.driver();
        driver.get("http://localhost:" + port + "/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(driver, "main h2");
        return driver;
    }

    /**
     * Waits until the page that held {@code element} is replaced. While the browser navigates, Chrome may answer "node
     * does not belong to the document" instead of "stale": that is waited through, not taken as the end.
     */
    private static String state(ChromeDriver driver) {
        return driver.findElement(By.id("state")).getText();
    }

    private static void waitFor(ChromeDriver driver, String css) {
        Browser.waiting(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }
}
