package io.industrypulse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.support.Browser;
import io.industrypulse.support.BrowserTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The import page in headless Chromium: a city analyst chooses the kind 增加值率 (monthly is the default), gets that
 * kind's template link and form without a month, imports a CSV, then sees a bad file's problems with row and column.
 */
// Its own context (and database): the ratios it stores must not reach other tests.
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=industrypulse-import-kind-browser-test")
class ImportKindBrowserTest {

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    @Test
    @BrowserTest
    void analystChoosesAKindAndImportsIt() throws Exception {
        Path good = TableFiles.csv(dir, "增加值率.csv", true, "年度,行业大类代码,增加值率", "2027,26,0.31", "2027,13,0.22");
        Path bad = TableFiles.csv(dir, "bad.csv", false, "年度,行业大类代码,增加值率", "2027,26,三成");
        try (Browser browser = Browser.open()) {
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = Browser.waiting(driver, Duration.ofSeconds(15));
            driver.get("http://localhost:" + port + "/imports");
            driver.findElement(By.id("username")).sendKeys("analyst");
            driver.findElement(By.id("password")).sendKeys("Demo-City-2026");
            driver.findElement(By.cssSelector("form button[type=submit]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kind")));

            Select kind = new Select(driver.findElement(By.id("kind")));
            assertThat(kind.getFirstSelectedOption().getText()).isEqualTo("月度数据 (B204-1)");
            assertThat(driver.findElements(By.name("period"))).hasSize(1);
            List<String> kinds =
                    kind.getOptions().stream().map(WebElement::getText).toList();
            assertThat(kinds).contains("企业名录", "统计局反馈数", "增加值率", "规范数据包 (CSV 目录的 .zip)");

            kind.selectByValue("va-ratio");
            wait.until(ExpectedConditions.textToBe(By.id("kind-title"), "增加值率"));
            assertThat(driver.findElement(By.id("template-link")).getAttribute("href"))
                    .endsWith("/imports/templates/va-ratio.xlsx");
            assertThat(driver.findElements(By.name("period"))).isEmpty();

            driver.findElement(By.cssSelector("#import-form input[type=file]"))
                    .sendKeys(good.toAbsolutePath().toString());
            driver.findElement(By.cssSelector("#import-form button[type=submit]"))
                    .click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#import-result p.ok")));
            assertThat(driver.findElement(By.cssSelector("#import-result p.ok")).getText())
                    .isEqualTo("增加值率已导入（增加值率.csv）：2 行：新增 2，修改 0，未变 0。");
            assertThat(new Select(driver.findElement(By.id("kind")))
                            .getFirstSelectedOption()
                            .getAttribute("value"))
                    .isEqualTo("va-ratio");

            driver.findElement(By.cssSelector("#import-form input[type=file]"))
                    .sendKeys(bad.toAbsolutePath().toString());
            driver.findElement(By.cssSelector("#import-form button[type=submit]"))
                    .click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#problems tbody tr")));
            List<String> cells = driver.findElements(By.cssSelector("#problems tbody tr td")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertThat(cells).containsExactly("bad.csv", "2", "C", "格式", "“增加值率”不是数字 “三成”");
            browser.screenshot("import-kind-rejected");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}
