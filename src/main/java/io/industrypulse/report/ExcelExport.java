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
        return xlsx(List.of(table));
    }

    /** One workbook with a sheet per table, in order (a page's tables: report/PageExportFilter). */
    public static byte[] xlsx(List<ExcelTable> tables) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            for (ExcelTable table : tables) {
                write(table, workbook, styles);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(ExcelTable table, XSSFWorkbook workbook, Styles styles) {
        Sheet sheet = workbook.createSheet(table.sheetName());
        FormulaGuard.Cells texts = new FormulaGuard.Cells(workbook);
        int columns = table.headers().size();
        // without a title the header is the first row: the layout an import reads back
        int top = 0;
        if (!table.title().isEmpty()) {
            Row titleRow = sheet.createRow(top++);
            titleRow.createCell(0).setCellStyle(styles.title);
            texts.text(titleRow.getCell(0), table.title());
            if (columns > 1) {
                sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
            }
        }
        for (String note : table.notes()) {
            Row noteRow = sheet.createRow(top++);
            texts.text(noteRow.createCell(0), note);
        }

        Row header = sheet.createRow(top);
        for (int c = 0; c < columns; c++) {
            Cell cell = header.createCell(c);
            cell.setCellStyle(styles.header);
            texts.text(cell, table.headers().get(c));
        }

        CellStyle decimal = styles.decimals(table.decimals(), false);
        int r = top + 1;
        for (List<Object> values : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < columns; c++) {
                Cell cell = row.createCell(c);
                Object value = values.get(c);
                if (value instanceof ExcelTable.Figure figure) {
                    int scale = Math.max(figure.value().scale(), 0);
                    cell.setCellValue(
                            figure.percent()
                                    ? figure.value().movePointLeft(2).doubleValue()
                                    : figure.value().doubleValue());
                    cell.setCellStyle(styles.figure(scale, figure.percent()));
                } else if (value instanceof Integer || value instanceof Long) {
                    cell.setCellValue(((Number) value).doubleValue());
                    cell.setCellStyle(styles.decimals(0, false));
                } else if (value instanceof Number number) {
                    // the value as pages show it (half-up, engine's Published), so a cell never reads differently
                    cell.setCellValue(io.industrypulse.engine.Published.round(number.doubleValue(), table.decimals()));
                    cell.setCellStyle(decimal);
                } else {
                    cell.setCellStyle(styles.text);
                    texts.text(cell, value == null ? "" : value.toString());
                }
            }
        }
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, c == 0 ? 8 * 256 : 13 * 256);
        }
        sheet.createFreezePane(0, top + 1);
    }

    /** The workbook's cell styles, made once: a workbook holds at most 64,000 of them. */
    private static final class Styles {
        final XSSFWorkbook workbook;
        final CellStyle title;
        final CellStyle header;
        final CellStyle text;
        final java.util.Map<String, CellStyle> numbers = new java.util.HashMap<>();

        Styles(XSSFWorkbook workbook) {
            this.workbook = workbook;
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            title.setAlignment(HorizontalAlignment.CENTER);
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = bordered(workbook);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setWrapText(true);
            text = bordered(workbook);
        }

        CellStyle decimals(int decimals, boolean percent) {
            return style((decimals > 0 ? "0." + "0".repeat(decimals) : "0") + (percent ? "%" : ""));
        }

        /** A page's number: grouped by thousands as {@link FigureText#grouped} writes amounts. */
        CellStyle figure(int decimals, boolean percent) {
            return percent
                    ? decimals(decimals, true)
                    : style("#,##" + (decimals > 0 ? "0." + "0".repeat(decimals) : "0"));
        }

        private CellStyle style(String format) {
            return numbers.computeIfAbsent(format, f -> {
                CellStyle style = bordered(workbook);
                style.setDataFormat(workbook.createDataFormat().getFormat(f));
                return style;
            });
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
