package io.industrypulse.ingest;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small files for the table import tests: a header row and data rows (numbers stay numbers, text stays text). */
final class TableFiles {

    private TableFiles() {}

    static Path xlsx(Path dir, String name, String sheet, String[] header, Object[]... rows) throws Exception {
        return workbook(new XSSFWorkbook(), dir.resolve(name), sheet, header, rows);
    }

    static Path xls(Path dir, String name, String sheet, String[] header, Object[]... rows) throws Exception {
        return workbook(new HSSFWorkbook(), dir.resolve(name), sheet, header, rows);
    }

    private static Path workbook(Workbook workbook, Path file, String sheetName, String[] header, Object[]... rows)
            throws Exception {
        try (workbook) {
            Sheet sheet = workbook.createSheet(sheetName);
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                first.createCell(c).setCellValue(header[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    static Path csv(Path dir, String name, boolean bom, String... lines) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, (bom ? "\uFEFF" : "") + String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        return file;
    }
}
