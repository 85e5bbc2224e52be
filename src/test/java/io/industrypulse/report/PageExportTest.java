package io.industrypulse.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.engine.MonthFigures;
import io.industrypulse.engine.Published;
import io.industrypulse.monitor.GrowthSnapshot;
import io.industrypulse.monitor.MonitorService;
import io.industrypulse.support.WebSession;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page's tables as Excel over real HTTP on the demo city ({@code ?export=xlsx}): a county page's export holds each
 * of its tables with the engine's figures (rounded here by hand, half-up to one decimal), a paged list exports every
 * row, one table can be chosen, and bad input or another county's page exports nothing.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "industrypulse.test.context=report")
abstract class PageExportTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Pattern TABLE = Pattern.compile("<table[^>]*class=\"data[ \"]");

    @LocalServerPort
    int port;

    @Autowired
    MonitorService monitor;

    private WebSession session(String user) {
        WebSession session = new WebSession(port);
        assertThat(session.login(user, "Demo-City-2026")).doesNotContain("error");
        return session;
    }

    @Test
    void countyPageExportHoldsEveryTableWithTheEnginesFigures() throws Exception {
        GrowthSnapshot snapshot = monitor.snapshot().orElseThrow();
        int month = snapshot.result().lastMonth();
        int k = snapshot.labels().countyCodes().indexOf("130102");
        WebSession county = session("county130102");
        String page = county.get("/monitor/counties/130102").body();
        long tables = TABLE.matcher(page).results().count();
        assertThat(tables).isGreaterThanOrEqualTo(3);

        HttpResponse<byte[]> export = county.getBytes("/monitor/counties/130102?export=xlsx");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type").orElse("")).startsWith(XLSX);
        assertThat(export.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment")
                .contains(".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            assertThat(book.getNumberOfSheets())
                    .as("one sheet per table of the page")
                    .isEqualTo((int) tables);
            Sheet divisions = book.getSheet("分行业（拉动本县区）");
            assertThat(divisions).isNotNull();
            assertThat(text(divisions.getRow(0).getCell(0))).contains("长安区").contains("分行业（拉动本县区）");
            assertThat(text(divisions.getRow(1).getCell(0))).isEqualTo("统计期：2026年1-" + month + "月");
            assertThat(text(divisions.getRow(2).getCell(0))).startsWith("单位：");
            assertThat(texts(divisions.getRow(3))).containsExactly("行业", "累计增速（%）", "拉动（百分点）", "贡献率（%）");
            List<String> codes = snapshot.labels().divisionCodes();
            int rows = 0;
            for (int r = 4; r <= divisions.getLastRowNum(); r++) {
                Row row = divisions.getRow(r);
                String code = text(row.getCell(0)).substring(0, 2);
                MonthFigures f = snapshot.result()
                        .countyDivision(k, codes.indexOf(code))
                        .orElseThrow()
                        .month(month);
                assertFigure(row.getCell(1), f.cumGrowth(), code + " growth");
                assertFigure(row.getCell(2), f.pullCum(), code + " pull");
                assertFigure(row.getCell(3), f.contributionCum(), code + " contribution");
                rows++;
            }
            assertThat(rows).as("every division row of the page").isEqualTo(countRows(page, "divisions"));
        }
    }

    @Test
    void aPagedListExportsEveryRowNotThePageShown() throws Exception {
        WebSession analyst = session("analyst");
        String page = analyst.get("/enterprises").body();
        Matcher total = Pattern.compile("第 1 / ([\\d,]+) 页，共 ([\\d,]+) 条").matcher(page);
        assertThat(total.find()).as("the list pages").isTrue();
        assertThat(Integer.parseInt(total.group(1).replace(",", ""))).isGreaterThan(1);
        HttpResponse<byte[]> export = analyst.getBytes("/enterprises?page=2&export=xlsx");
        assertThat(export.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            Sheet sheet = book.getSheetAt(0);
            int header = -1;
            for (Row row : sheet) {
                if (text(row.getCell(0)).equals("统一社会信用代码")) {
                    header = row.getRowNum();
                }
            }
            assertThat(header).isNotNegative();
            assertThat(sheet.getLastRowNum() - header)
                    .isEqualTo(Integer.parseInt(total.group(2).replace(",", "")));
            Cell code = sheet.getRow(header + 1).getCell(0);
            assertThat(code.getCellType()).as("a credit code stays text").isEqualTo(CellType.STRING);
        }
    }

    @Test
    void oneTableCanBeChosenAndBadInputExportsNothing() throws Exception {
        WebSession county = session("county130102");
        HttpResponse<byte[]> one = county.getBytes("/monitor/counties/130102?export=xlsx&table=1");
        assertThat(one.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(one.body()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(1);
        }
        HttpResponse<byte[]> notANumber = county.getBytes("/monitor/counties/130102?export=xlsx&table=%3Cscript%3E");
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(new String(notANumber.body(), StandardCharsets.UTF_8))
                .contains("table")
                .contains("序号");
        HttpResponse<byte[]> beyond = county.getBytes("/monitor/counties/130102?export=xlsx&table=99");
        assertThat(beyond.statusCode()).isEqualTo(404);
        assertThat(new String(beyond.body(), StandardCharsets.UTF_8)).isEqualTo("本页没有可导出的表格。");
        // another county's page is refused as the page is, and nothing of it is exported
        HttpResponse<byte[]> other = county.getBytes("/monitor/counties/130103?export=xlsx");
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.headers().firstValue("Content-Type").orElse("")).doesNotStartWith(XLSX);
        HttpResponse<byte[]> anonymous = new WebSession(port).getBytes("/monitor/counties/130102?export=xlsx");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(anonymous)).endsWith("/login");
    }

    @Test
    void theExportLinkSitsAboveEachTableWithoutItsOwnExport() {
        String ranking = session("analyst").get("/monitor/ranking").body();
        // the ranking keeps its own fuller export; the page's meta gives app.js the link's label
        assertThat(ranking).contains("<meta name=\"export-label\" content=\"导出Excel\">");
        assertThat(ranking).containsPattern("<table data-export=\"own\"[^>]*id=\"ranking\"");
    }

    /** The cell holds the engine's value published half-up to one decimal, shown with one decimal; "—" is empty. */
    private static void assertFigure(Cell cell, OptionalDouble value, String what) {
        if (value.isEmpty()) {
            assertThat(text(cell)).as(what).isEmpty();
            return;
        }
        double expected = Published.round(value.getAsDouble());
        assertThat(cell.getCellType()).as(what).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).as(what).isEqualTo(expected == 0 ? Math.abs(expected) : expected);
        assertThat(text(cell)).as(what).matches("-?[\\d,]+\\.\\d");
    }

    private static int countRows(String page, String id) {
        String table = page.substring(page.indexOf("id=\"" + id + "\""));
        table = table.substring(table.indexOf("<tbody>"), table.indexOf("</tbody>"));
        return (int) Pattern.compile("<tr[ >]").matcher(table).results().count();
    }

    private static String text(Cell cell) {
        return cell == null ? "" : new DataFormatter().formatCellValue(cell);
    }

    private static List<String> texts(Row row) {
        List<String> texts = new java.util.ArrayList<>();
        row.forEach(cell -> texts.add(text(cell)));
        return texts;
    }
}
