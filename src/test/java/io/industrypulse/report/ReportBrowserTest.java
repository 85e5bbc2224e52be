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
            WebDriverWait wait = Browser.waiting(driver, Duration.ofSeconds(30));
            browser.login(port, "analyst", "Demo-City-2026");
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
            // the page before the click shows the first version's notice too: wait for the new page, not that one
            var before = driver.findElement(By.id("generated"));
            driver.findElement(By.id("generate-button")).click();
            wait.until(ExpectedConditions.stalenessOf(before));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("generated")));
            assertThat(driver.findElement(By.cssSelector("#archive tr.just-generated"))
                            .getAttribute("data-id"))
                    .isEqualTo(id);
            assertThat(driver.findElement(By.id("generated")).getText()).contains("第 1 版");
            assertThat(browser.consoleErrors()).isEmpty();

            browser.assertReadsInEnglish("http://localhost:" + port + "/reports?lang=en", "Reports and meeting briefs");
            driver.get("http://localhost:" + port + "/reports?lang=zh-CN");

            driver.manage().deleteAllCookies();
            browser.login(port, "county130102", "Demo-City-2026");
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

    /**
     * Every table of a page has its Excel link: the county page's links (one per table without its own export) download
     * the table as the page shows it, header and cells.
     */
    @Test
    void everyTableOfACountyPageDownloadsAsTheScreenShowsIt() throws Exception {
        try (Browser browser = Browser.open()) {
            ChromeDriver driver = browser.driver();
            browser.login(port, "county130102", "Demo-City-2026");
            driver.get("http://localhost:" + port + "/monitor/counties/130102");
            WebDriverWait wait = Browser.waiting(driver, Duration.ofSeconds(30));
            // every table, also the one htmx brings after the page (the environmental cost), gets its link
            wait.until(d -> {
                int tables = d.findElements(By.cssSelector("main table.data")).size();
                return tables >= 6
                        && d.findElements(By.cssSelector("main a.export-link")).size() == tables;
            });
            assertThat(driver.findElements(By.cssSelector("main a.export-link")))
                    .allMatch(link -> link.getText().equals("导出Excel"));
            assertThat(driver.findElement(By.cssSelector("#environment-costs"))
                            .findElement(By.xpath("preceding-sibling::a[1]"))
                            .getAttribute("href"))
                    .endsWith("/environment/counties/130102/cost?export=xlsx&table=environment-costs");
            WebElement divisions = driver.findElement(By.id("divisions"));
            String href =
                    divisions.findElement(By.xpath("preceding-sibling::a[1]")).getAttribute("href");
            assertThat(href).endsWith("/monitor/counties/130102?export=xlsx&table=divisions");

            // the link in the browser's own session, as a click would fetch it
            String cookies = driver.manage().getCookies().stream()
                    .map(c -> c.getName() + "=" + c.getValue())
                    .collect(java.util.stream.Collectors.joining("; "));
            var response = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(java.net.URI.create(href))
                                    .header("Cookie", cookies)
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            try (var book =
                    new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(response.body()))) {
                var sheet = book.getSheetAt(0);
                var format = new org.apache.poi.ss.usermodel.DataFormatter();
                int header = 3;
                var headers = divisions.findElements(By.cssSelector("thead th"));
                for (int c = 0; c < headers.size(); c++) {
                    assertThat(format.formatCellValue(sheet.getRow(header).getCell(c)))
                            .isEqualTo(headers.get(c).getText());
                }
                var rows = divisions.findElements(By.cssSelector("tbody tr"));
                assertThat(sheet.getLastRowNum() - header).isEqualTo(rows.size());
                for (int r = 0; r < rows.size(); r++) {
                    var cells = rows.get(r).findElements(By.tagName("td"));
                    for (int c = 0; c < cells.size(); c++) {
                        String shown = cells.get(c).getText();
                        assertThat(format.formatCellValue(
                                        sheet.getRow(header + 1 + r).getCell(c)))
                                .as("row %d column %d", r, c)
                                .isEqualTo(shown.equals("—") ? "" : shown);
                    }
                }
            }
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}
