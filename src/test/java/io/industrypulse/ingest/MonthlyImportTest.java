package io.industrypulse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.account.Role;
import io.industrypulse.account.UserScope;
import io.industrypulse.enterprise.Enterprise;
import io.industrypulse.enterprise.EnterpriseService;
import io.industrypulse.statdata.MonthlyRow;
import io.industrypulse.statdata.RevisionService;
import io.industrypulse.statdata.StatDataService;
import io.industrypulse.support.WebSession;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * B204-1 import end to end on the demo city: good files are stored as revisions and reach the growth API; each bad
 * file is rejected with its clear error and leaves every table's row count unchanged. H2 and PostgreSQL subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class MonthlyImportTest {

    static final YearMonth PERIOD = YearMonth.of(2026, 11);
    static final UserScope ANALYST = new UserScope("analyst", Role.CITY_ANALYST, "130100", null);
    static final List<String> TABLES =
            List.of("monthly_report", "monthly_revision", "monthly_detail", "period_lock", "audit_log");

    @LocalServerPort
    int port;

    @Autowired
    MonthlyImportService imports;

    @Autowired
    RevisionService revisions;

    @Autowired
    StatDataService statData;

    @Autowired
    EnterpriseService enterprises;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    List<Object[]> good;

    @BeforeEach
    void goodRows() {
        good = new ArrayList<>();
        List<Enterprise> county = enterprises.allForStatistics().stream()
                .filter(e -> e.countyCode().equals("130102"))
                .limit(5)
                .toList();
        for (Enterprise e : county) {
            BigDecimal lastYear =
                    statData.monthlyOf(e.creditCode(), PERIOD.minusYears(1), PERIOD.minusYears(1)).stream()
                            .map(MonthlyRow::output)
                            .findFirst()
                            .orElse(BigDecimal.ZERO);
            BigDecimal now = lastYear.multiply(new BigDecimal("1.10")).setScale(2, java.math.RoundingMode.HALF_UP);
            good.add(new Object[] {e.creditCode(), e.name(), now, lastYear});
        }
    }

    /** A B204-1 sheet with title, two header rows (merged), the rows and a total row; unit in the title. */
    Path workbook(String name, boolean xls, String unit, Consumer<Sheet> change) throws Exception {
        try (Workbook wb = xls ? new HSSFWorkbook() : new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("B204-1");
            sheet.createRow(0).createCell(0).setCellValue("工业产销总值及主要产品产量  单位：" + unit);
            Row top = sheet.createRow(1);
            Row sub = sheet.createRow(2);
            top.createCell(0).setCellValue("统一社会信用代码");
            top.createCell(1).setCellValue("企业名称");
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
            for (int i = 0; i < 4; i++) {
                top.createCell(2 + i * 4).setCellValue(MonthlySheetParser.INDICATORS[i]);
                sheet.addMergedRegion(new CellRangeAddress(1, 1, 2 + i * 4, 5 + i * 4));
                for (int s = 0; s < 4; s++) {
                    sub.createCell(2 + i * 4 + s).setCellValue(MonthlySheetParser.SLOTS[s]);
                }
            }
            BigDecimal factor = unit.equals("千元") ? BigDecimal.TEN : BigDecimal.ONE;
            int r = 3;
            for (Object[] g : good) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue((String) g[0]);
                row.createCell(1).setCellValue((String) g[1]);
                double now = ((BigDecimal) g[2]).multiply(factor).doubleValue();
                double ly = ((BigDecimal) g[3]).multiply(factor).doubleValue();
                double[] values = {now, now * 11, ly, ly * 11, now, now * 11, ly, ly * 11, 0, 0, 0, 0, 5, 50, 4, 40};
                for (int i = 0; i < values.length; i++) {
                    row.createCell(2 + i).setCellValue(values[i]);
                }
            }
            Row total = sheet.createRow(r);
            total.createCell(0).setCellValue("合计");
            change.accept(sheet);
            Path file = dir.resolve(name);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            return file;
        }
    }

    Map<String, Long> counts() {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(
                    table,
                    jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
        }
        return counts;
    }

    MonthlyImportResult rejected(Path file, String expected) {
        Map<String, Long> before = counts();
        MonthlyImportResult result =
                imports.importMonthly(file, file.getFileName().toString(), PERIOD, ANALYST);
        assertThat(result.accepted()).isFalse();
        assertThat(result.problems())
                .extracting(ImportProblem::describe)
                .anySatisfy(d -> assertThat(d).contains(expected));
        assertThat(counts()).isEqualTo(before);
        assertThat(imports.errorReport(result.errorReport(), ANALYST)).isPresent();
        return result;
    }

    @Test
    void importsGoodFilesAsRevisionsAndTheGrowthApiShowsThem() throws Exception {
        int earlier = revisions.revisions(PERIOD).size();
        // the engine needs the period's PPI (imported separately): carry October's over
        statData.storePpi(statData.ppi(java.time.Year.of(2026), java.time.Year.of(2026)).stream()
                .filter(p -> p.period().equals(PERIOD.minusMonths(1)))
                .map(p -> new io.industrypulse.statdata.Ppi(PERIOD, p.divisionCode(), p.ppiYoy()))
                .toList());
        Path xlsx = workbook("good.xlsx", false, "万元", s -> {});
        MonthlyImportResult first = imports.importMonthly(xlsx, "good.xlsx", PERIOD, ANALYST);
        assertThat(first.problems()).isEmpty();
        assertThat(first.revision().revision()).isEqualTo(earlier + 1);
        assertThat(first.rows()).isEqualTo(5);
        assertThat(statData.monthly(PERIOD, PERIOD))
                .hasSize(5)
                .first()
                .satisfies(row -> assertThat(row.output())
                        .isEqualByComparingTo(good.stream()
                                .filter(g -> g[0].equals(row.creditCode()))
                                .map(g -> (BigDecimal) g[2])
                                .findFirst()
                                .orElseThrow()));

        // the same figures in 千元, as .xls named .xlsx, with full-width digits and separators in one cell
        Path xls = workbook(
                "in-thousands.xlsx", true, "千元", s -> s.getRow(3).getCell(14).setCellValue("５０"));
        MonthlyImportResult second = imports.importMonthly(xls, "in-thousands.xlsx", PERIOD, ANALYST);
        assertThat(second.problems()).isEmpty();
        assertThat(second.revision().revision()).isEqualTo(earlier + 2);
        var changes = revisions.changes(second.revision().id()).orElseThrow();
        assertThat(changes.added()).isEmpty();
        assertThat(changes.removed()).isEmpty();
        assertThat(changes.changed()).extracting(c -> c.field()).containsOnly("electricity.month");
        assertThat(revisions.revisions(PERIOD)).hasSize(earlier + 2);

        String body = new WebSession(port)
                .getBasic("/api/v1/growth?period=2026-11&group=county", "analyst", "Demo@2026")
                .body();
        assertThat(body).contains("130102");
    }

    @Test
    void rejectsBadFilesAndStoresNothing() throws Exception {
        Path zero = Files.write(dir.resolve("zero.xlsx"), new byte[0]);
        rejected(zero, "文件为空");
        Path text = Files.writeString(dir.resolve("text.xlsx"), "credit_code,name\n");
        rejected(text, "不是 Excel");
        Path corrupt = Files.write(
                dir.resolve("corrupt.xlsx"),
                java.util.Arrays.copyOf(Files.readAllBytes(workbook("whole.xlsx", false, "万元", s -> {})), 600));
        rejected(corrupt, "损坏");
        rejected(
                workbook(
                        "wrong-headers.xlsx",
                        false,
                        "万元",
                        s -> s.getRow(2).getCell(3).setCellValue("备注")),
                "表头缺少列: 工业总产值(现价) 本年1-本月");
        rejected(
                workbook("merged.xlsx", false, "万元", s -> s.addMergedRegion(new CellRangeAddress(3, 4, 2, 2))),
                "数据区不得有合并单元格");
        rejected(
                workbook(
                        "text-amount.xlsx",
                        false,
                        "万元",
                        s -> s.getRow(4).getCell(2).setCellValue("约100万")),
                "第 5 行 C 列 [格式]: 不是数字");
        rejected(
                workbook(
                        "negative.xlsx",
                        false,
                        "万元",
                        s -> s.getRow(3).getCell(6).setCellValue(-1)),
                "第 4 行 G 列 [H1]");
        rejected(
                workbook(
                        "duplicate.xlsx",
                        false,
                        "万元",
                        s -> s.getRow(4).getCell(0).setCellValue((String) good.get(0)[0])),
                "[H6]: 重复的企业");
        rejected(
                workbook(
                        "unknown.xlsx",
                        false,
                        "万元",
                        s -> s.getRow(3)
                                .getCell(0)
                                .setCellValue(io.industrypulse.enterprise.CreditCode.withCheckCharacter(
                                        "91130100MA0000000"))),
                "企业不在名录中");
        rejected(
                workbook(
                        "invalid.xlsx", false, "万元", s -> s.getRow(3).getCell(0).setCellValue("91130100MA00000001")),
                "校验位错误");
        rejected(workbook("formula.xlsx", false, "万元", s -> formulaWithoutValue(s.getRow(3))), "公式没有计算结果");
        rejected(
                workbook(
                        "export.xlsx", false, "万元", s -> s.getRow(3).getCell(10).setCellValue(1e9)),
                "[H3]");
        rejected(workbook("base.xlsx", false, "万元", s -> s.getRow(3).getCell(4).setCellValue(123456.78)), "[H5]");
        rejected(zipBomb(), "压缩炸弹");
    }

    static void formulaWithoutValue(Row row) {
        row.removeCell(row.getCell(2));
        var cell = (org.apache.poi.xssf.usermodel.XSSFCell) row.createCell(2);
        cell.setCellFormula("D4/11");
        if (cell.getCTCell().isSetV()) {
            cell.getCTCell().unsetV();
        }
    }

    /** A valid-looking .xlsx whose sheet inflates from well under 1 MB to 200 MB of blanks. */
    Path zipBomb() throws Exception {
        byte[] template;
        try (XSSFWorkbook wb = new XSSFWorkbook();
                var out = new java.io.ByteArrayOutputStream()) {
            wb.createSheet("B204-1").createRow(0).createCell(0).setCellValue("统一社会信用代码");
            wb.write(out);
            template = out.toByteArray();
        }
        Path file = dir.resolve("bomb.xlsx");
        try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(template));
                var out = new ZipOutputStream(Files.newOutputStream(file))) {
            out.setLevel(9);
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData");
                    out.write(xml.substring(0, at).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1 << 20];
                    java.util.Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < 200; i++) {
                        out.write(blanks);
                    }
                    out.write(xml.substring(at).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return file;
    }

    @Test
    void theTemplateHasTheHeadersItsOwnReaderExpects() throws Exception {
        Path template = Files.write(dir.resolve("template.xlsx"), MonthlyTemplate.bytes());
        MonthlySheetParser parser = new MonthlySheetParser(10);
        WorkbookStream.read(template, parser);
        parser.finish();
        assertThat(parser.problems()).extracting(ImportProblem::message).containsExactly("表中没有企业数据行");
        assertThat(parser.sheet()).isEqualTo("B204-1");
    }
}
