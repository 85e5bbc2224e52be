package io.industrypulse.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A page's tables read back from its HTML and written as a workbook: titles, the period and unit, spanned headers, and
 * each cell as the page shows it, with numbers as numbers. The page here is written by hand, so every expected cell is
 * known without the code under test.
 */
class PageTablesTest {

    private static final String PAGE = """
            <!DOCTYPE html><html lang="zh-CN"><head><title>县区点对点分析 - 工业经济运行监测调度平台</title></head><body>
            <header><form class="period-picker"><select name="period">
              <option value="2026-09">2026年1-9月</option><option value="2026-10" selected>2026年1-10月</option>
            </select></form></header>
            <main id="main">
              <h2>长安区 县区点对点分析</h2>
              <table class="data" id="quarters" data-unit="%">
                <thead>
                  <tr><th rowspan="2">地区</th><th colspan="2">一季度</th><th>备注</th></tr>
                  <tr><th>增速</th><th>累计</th><th></th></tr>
                </thead>
                <tbody>
                  <tr><td>长安区</td><td class="num">5.3</td><td class="num">-0.4</td><td>=1+1</td></tr>
                  <tr><td>130102</td><td class="num">+1.2</td><td>—</td><td>80.0%</td></tr>
                </tbody>
                <tfoot><tr><td>合计</td><td>1,234.5</td><td class="num">12</td><td>3911</td></tr></tfoot>
              </table>
              <div class="card"><h3>分行业/拉动</h3>
                <table class="data"><tr><th>行业</th><th>拉动</th></tr><tr><td>26 化学原料</td><td>0.35</td></tr></table>
              </div>
              <div class="card"><h3>分行业/拉动</h3>
                <table class="data"><thead><tr><th>行业</th></tr></thead><tbody></tbody></table>
              </div>
              <table class="diff"><tr><td>not exported</td></tr></table>
            </main></body></html>
            """;

    @Test
    void everyTableBecomesASheetWithTheTitlePeriodUnitAndHeader() throws Exception {
        PageTables.Read read = PageTables.read(PAGE, null);
        assertThat(read.title()).isEqualTo("长安区 县区点对点分析");
        assertThat(read.tables()).hasSize(3);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ExcelExport.xlsx(read.tables())))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            // no heading above the first table but the page's own: the page's title names it
            Sheet first = book.getSheetAt(0);
            assertThat(first.getSheetName()).isEqualTo("长安区 县区点对点分析");
            assertThat(text(first.getRow(0).getCell(0))).isEqualTo("长安区 县区点对点分析");
            assertThat(text(first.getRow(1).getCell(0))).isEqualTo("统计期：2026年1-10月");
            assertThat(text(first.getRow(2).getCell(0))).isEqualTo("单位：%");
            assertThat(texts(first.getRow(3))).containsExactly("地区", "一季度 增速", "一季度 累计", "备注");
            // sheet names are unique and free of the characters Excel refuses
            assertThat(book.getSheetAt(1).getSheetName()).isEqualTo("分行业_拉动");
            assertThat(book.getSheetAt(2).getSheetName()).isEqualTo("分行业_拉动(2)");
            assertThat(text(book.getSheetAt(1).getRow(0).getCell(0))).isEqualTo("长安区 县区点对点分析：分行业/拉动");
            // a table without thead: its first row is the header
            assertThat(texts(book.getSheetAt(1).getRow(2))).containsExactly("行业", "拉动");
            assertThat(book.getSheetAt(2).getLastRowNum())
                    .as("an empty table keeps its header only")
                    .isEqualTo(2);
        }
    }

    @Test
    void cellsReadAsThePageShowsThemWithNumbersAsNumbers() throws Exception {
        PageTables.Read read = PageTables.read(PAGE, "0");
        assertThat(read.tables()).hasSize(1);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ExcelExport.xlsx(read.tables())))) {
            Sheet sheet = book.getSheetAt(0);
            Row first = sheet.getRow(4);
            assertNumber(first.getCell(1), 5.3, "5.3");
            assertNumber(first.getCell(2), -0.4, "-0.4");
            // a formula-like text stays text, never a formula
            assertThat(first.getCell(3).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(3).getStringCellValue()).endsWith("=1+1");
            Row second = sheet.getRow(5);
            assertThat(second.getCell(0).getCellType()).as("a code stays text").isEqualTo(CellType.STRING);
            assertThat(second.getCell(0).getStringCellValue()).isEqualTo("130102");
            assertNumber(second.getCell(1), 1.2, "1.2");
            assertThat(text(second.getCell(2))).as("— is an empty cell").isEmpty();
            // 80.0% is Excel's percentage: 0.8 shown as 80.0%
            assertNumber(second.getCell(3), 0.8, "80.0%");
            Row total = sheet.getRow(6);
            assertNumber(total.getCell(1), 1234.5, "1,234.5");
            assertNumber(total.getCell(2), 12, "12");
            assertThat(total.getCell(3).getCellType())
                    .as("a whole number outside a num cell is a code")
                    .isEqualTo(CellType.STRING);
        }
        assertThat(PageTables.read(PAGE, "7").tables()).isEmpty();
        // by its id: the same table wherever the page places it
        assertThat(PageTables.read(PAGE, "quarters").tables()).hasSize(1);
        assertThat(PageTables.read(PAGE, "quarters").tables().get(0).headers()).startsWith("地区");
    }

    @Test
    void aPageWithoutPeriodOrUnitHasNoNotes() {
        PageTables.Read read = PageTables.read(
                "<html><head><title>用户管理 - 平台</title></head><body><main><table class=\"data\">"
                        + "<thead><tr><th>用户</th></tr></thead><tbody><tr><td>admin</td></tr></tbody></table></main>"
                        + "</body></html>",
                null);
        assertThat(read.title()).isEqualTo("用户管理");
        ExcelTable table = read.tables().get(0);
        assertThat(table.notes()).isEmpty();
        assertThat(table.rows()).isEqualTo(List.of(List.of("admin")));
    }

    private static void assertNumber(Cell cell, double value, String shown) {
        assertThat(cell.getCellType()).as(shown).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).as(shown).isEqualTo(value);
        assertThat(text(cell)).isEqualTo(shown);
    }

    private static String text(Cell cell) {
        return new DataFormatter().formatCellValue(cell);
    }

    private static List<String> texts(Row row) {
        List<String> texts = new java.util.ArrayList<>();
        row.forEach(cell -> texts.add(text(cell)));
        return texts;
    }
}
