package io.industrypulse.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Writes an {@link ExcelTable} as an .xlsx workbook: bold centred title row, bold header row, bordered data cells. */
public final class ExcelExport {

    /** The content type of an .xlsx file. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ExcelExport() {}

    /** An .xlsx answer that the browser saves as {@code fileName} (UTF-8, so Chinese names survive). */
    public static ResponseEntity<byte[]> download(byte[] xlsx, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(XLSX))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(xlsx);
    }

    public static byte[] xlsx(ExcelTable table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(table.sheetName());
            FormulaGuard.Cells texts = new FormulaGuard.Cells(workbook);
            int columns = table.headers().size();

            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            CellStyle titleStyle = workbook.createCellStyle();
            titleStyle.setFont(titleFont);
            titleStyle.setAlignment(HorizontalAlignment.CENTER);
            // without a title the header is the first row: the layout an import reads back
            int top = table.title().isEmpty() ? 0 : 1;
            if (top == 1) {
                Row titleRow = sheet.createRow(0);
                titleRow.createCell(0).setCellStyle(titleStyle);
                texts.text(titleRow.getCell(0), table.title());
                if (columns > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
                }
            }

            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = bordered(workbook);
            headerStyle.setFont(bold);
            headerStyle.setAlignment(HorizontalAlignment.CENTER);
            headerStyle.setWrapText(true);
            Row header = sheet.createRow(top);
            for (int c = 0; c < columns; c++) {
                Cell cell = header.createCell(c);
                cell.setCellStyle(headerStyle);
                texts.text(cell, table.headers().get(c));
            }

            CellStyle text = bordered(workbook);
            CellStyle integer = bordered(workbook);
            integer.setDataFormat(workbook.createDataFormat().getFormat("0"));
            CellStyle decimal = bordered(workbook);
            decimal.setDataFormat(workbook.createDataFormat()
                    .getFormat(table.decimals() > 0 ? "0." + "0".repeat(table.decimals()) : "0"));
            int r = top + 1;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < columns; c++) {
                    Cell cell = row.createCell(c);
                    Object value = values.get(c);
                    if (value instanceof Integer || value instanceof Long) {
                        cell.setCellValue(((Number) value).doubleValue());
                        cell.setCellStyle(integer);
                    } else if (value instanceof Number number) {
                        // the value as pages show it (half-up, engine's Published), so a cell never reads differently
                        cell.setCellValue(
                                io.industrypulse.engine.Published.round(number.doubleValue(), table.decimals()));
                        cell.setCellStyle(decimal);
                    } else {
                        cell.setCellStyle(text);
                        texts.text(cell, value == null ? "" : value.toString());
                    }
                }
            }
            for (int c = 0; c < columns; c++) {
                sheet.setColumnWidth(c, c == 0 ? 8 * 256 : 13 * 256);
            }
            sheet.createFreezePane(0, top + 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle bordered(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}
