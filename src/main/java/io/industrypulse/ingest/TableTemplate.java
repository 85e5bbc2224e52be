package io.industrypulse.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The downloadable template of a simple table kind: the data sheet with the Chinese headers in row 1 (required
 * ones marked {@code *}), code and month columns formatted as text (so Excel keeps leading zeros and does not turn
 * 2026-10 into a date), input validation (years, ranges, lists, credit code length) and the instruction sheet 说明.
 */
final class TableTemplate {

    /** Data rows with input validation. */
    static final int VALIDATED_ROWS = 5_000;

    private TableTemplate() {}

    static byte[] bytes(TableKind<?> kind) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(kind.sheetName());
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            Row first = sheet.createRow(0);
            List<TableColumn> columns = kind.columns();
            DataValidationHelper helper = sheet.getDataValidationHelper();
            for (int c = 0; c < columns.size(); c++) {
                TableColumn column = columns.get(c);
                var cell = first.createCell(c);
                cell.setCellValue(column.templateHeader());
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, Math.max(14, column.header().length() * 2 + 6) * 256);
                if (column.type() != TableColumn.Type.DECIMAL && column.type() != TableColumn.Type.YEAR) {
                    sheet.setDefaultColumnStyle(c, text);
                }
                DataValidationConstraint constraint = constraint(helper, column);
                if (constraint != null) {
                    DataValidation validation =
                            helper.createValidation(constraint, new CellRangeAddressList(1, VALIDATED_ROWS, c, c));
                    validation.setShowErrorBox(true);
                    validation.createErrorBox(column.header(), column.note());
                    sheet.addValidationData(validation);
                }
            }
            sheet.createFreezePane(0, 1);

            Sheet help = workbook.createSheet("说明");
            List<String> lines = new ArrayList<>();
            lines.add(kind.title() + " 导入模板 说明");
            lines.add("1. 在工作表“" + kind.sheetName() + "”中从第 2 行起每行填一条；第 1 行是表头，请勿修改列名 (带 * 的列必填)。");
            lines.add("2. 也可以导入 .xls 或 CSV 文件 (UTF-8 编码，带不带 BOM 均可)，第一行为同样的列名。");
            lines.add("3. 数字可以是全角数字或带千分位逗号；其他写法 (单位、文字) 视为错误。");
            lines.add("4. 导入为全有或全无：任一行有错误则整个文件不导入，页面列出每处错误的工作表、行、列和规则。");
            lines.add("各列说明：");
            for (TableColumn column : columns) {
                lines.add("  " + column.header() + (column.required() ? " (必填)" : " (选填)") + "：" + column.note());
            }
            lines.addAll(kind.instructions());
            for (int i = 0; i < lines.size(); i++) {
                help.createRow(i).createCell(0).setCellValue(lines.get(i));
            }
            help.setColumnWidth(0, 120 * 256);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DataValidationConstraint constraint(DataValidationHelper helper, TableColumn column) {
        return switch (column.type()) {
            case YEAR -> helper.createIntegerConstraint(OperatorType.BETWEEN, "1990", "2099");
            case CREDIT_CODE -> helper.createTextLengthConstraint(OperatorType.EQUAL, "18", null);
            case CHOICE -> helper.createExplicitListConstraint(column.allowed().toArray(String[]::new));
            case DECIMAL -> {
                if (column.min() != null && column.max() != null) {
                    yield helper.createDecimalConstraint(
                            OperatorType.BETWEEN,
                            column.min().toPlainString(),
                            column.max().toPlainString());
                }
                if (column.min() != null) {
                    yield helper.createDecimalConstraint(
                            OperatorType.GREATER_OR_EQUAL, column.min().toPlainString(), null);
                }
                yield helper.createDecimalConstraint(OperatorType.BETWEEN, "-1E+15", "1E+15");
            }
            case PERIOD -> helper.createTextLengthConstraint(OperatorType.BETWEEN, "6", "8");
            default -> null;
        };
    }
}
