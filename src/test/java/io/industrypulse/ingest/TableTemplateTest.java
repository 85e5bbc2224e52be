package io.industrypulse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind's template reads back as that kind: its headers are recognised, its instruction sheet is skipped, a
 * filled row is read; all but number and year columns are text (codes keep their zeros, months stay text), and the data sheet has input validation.
 */
class TableTemplateTest {

    @TempDir
    Path dir;

    static List<TableKind<?>> kinds() {
        return List.of(
                new RegistryKind(null, null),
                new TargetsKind(null, null),
                new BenchmarksKind(null),
                new OfficialKind(null, null),
                new PpiKind(null, null, null),
                new VaRatioKind(null, null, null));
    }

    @Test
    void everyTemplateReadsBackAsItsKind() throws Exception {
        for (TableKind<?> kind : kinds()) {
            byte[] bytes = TableTemplate.bytes(kind);
            Path file = dir.resolve(kind.code() + ".xlsx");
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                assertThat(workbook.getSheetName(0)).isEqualTo(kind.sheetName());
                assertThat(workbook.getSheet("说明").getRow(0).getCell(0).getStringCellValue())
                        .contains(kind.title());
                Sheet sheet = workbook.getSheetAt(0);
                assertThat(sheet.getDataValidations()).as(kind.code()).isNotEmpty();
                Row header = sheet.getRow(0);
                for (int c = 0; c < kind.columns().size(); c++) {
                    TableColumn column = kind.columns().get(c);
                    assertThat(header.getCell(c).getStringCellValue()).isEqualTo(column.templateHeader());
                    boolean text = sheet.getColumnStyle(c) != null
                            && "@".equals(sheet.getColumnStyle(c).getDataFormatString());
                    assertThat(text)
                            .as(kind.code() + " " + column.header())
                            .isEqualTo(column.type() != TableColumn.Type.DECIMAL
                                    && column.type() != TableColumn.Type.YEAR);
                }
                Row row = sheet.createRow(1);
                for (int c = 0; c < kind.columns().size(); c++) {
                    row.createCell(c).setCellValue("1");
                }
                try (var out = Files.newOutputStream(file)) {
                    workbook.write(out);
                }
            }
            TableReader.Table table = TableReader.read(file, file.getFileName().toString(), kind.columns(), 10);
            assertThat(table.problems()).as(kind.code()).isEmpty();
            assertThat(table.sheet()).isEqualTo(kind.sheetName());
            assertThat(table.rows())
                    .singleElement()
                    .satisfies(r -> assertThat(r.number()).isEqualTo(2));
        }
    }
}
