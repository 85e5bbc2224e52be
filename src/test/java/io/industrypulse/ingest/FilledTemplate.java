package io.industrypulse.ingest;

import io.industrypulse.demo.DemoCityGenerator;
import io.industrypulse.ingest.CanonicalPackage.EnterpriseRow;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The downloadable template filled in as a county would for November 2026: its enterprises grow 10% on a year ago. */
final class FilledTemplate {

    private FilledTemplate() {}

    static Path write(Path dir, String countyCode, int enterprises) throws Exception {
        CanonicalPackage demo = new DemoCityGenerator().generate().data();
        List<EnterpriseRow> county = demo.enterprises().stream()
                .filter(e -> e.countyCode().equals(countyCode))
                .limit(enterprises)
                .toList();
        Path file = dir.resolve("filled-" + countyCode + ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(MonthlyTemplate.bytes()))) {
            Sheet sheet = workbook.getSheet("B204-1");
            int r = MonthlyTemplate.FIRST_DATA_ROW;
            for (EnterpriseRow enterprise : county) {
                BigDecimal lastYear = demo.monthly().stream()
                        .filter(m -> m.creditCode().equals(enterprise.creditCode())
                                && m.period().equals(YearMonth.of(2025, 11)))
                        .map(CanonicalPackage.MonthlyRow::output)
                        .findFirst()
                        .orElseThrow();
                double ly = lastYear.doubleValue();
                double now = lastYear.multiply(new BigDecimal("1.10"))
                        .setScale(2, RoundingMode.HALF_UP)
                        .doubleValue();
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(enterprise.creditCode());
                row.createCell(1).setCellValue(enterprise.name());
                double[] values = {now, now * 11, ly, ly * 11, now, now * 11, ly, ly * 11, 0, 0, 0, 0, 5, 50, 4, 40};
                for (int i = 0; i < values.length; i++) {
                    row.createCell(2 + i).setCellValue(values[i]);
                }
            }
            try (OutputStream stream = Files.newOutputStream(file)) {
                workbook.write(stream);
            }
        }
        return file;
    }
}
