package io.industrypulse.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The downloadable B204-1 template: a title row with the unit, two header rows (indicator merged over its four
 * columns), input validation (credit code 18 characters, amounts numbers ≥ 0) and an instruction sheet 填表说明.
 */
public final class MonthlyTemplate {

    /** Data rows with input validation. */
    static final int VALIDATED_ROWS = 20_000;

    /** Title (row 1), header rows 2-3; data from row 4. */
    public static final int FIRST_DATA_ROW = 3;

    private MonthlyTemplate() {}

    public static byte[] bytes() {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("B204-1");
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setWrapText(true);
            sheet.createRow(0).createCell(0).setCellValue("工业产销总值及主要产品产量 (B204-1)    单位：万元；用电量：万千瓦时");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 17));
            Row top = sheet.createRow(1);
            Row sub = sheet.createRow(2);
            top.createCell(0).setCellValue("统一社会信用代码");
            top.createCell(1).setCellValue("企业名称");
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 1, 1));
            for (int i = 0; i < 4; i++) {
                int first = 2 + i * 4;
                top.createCell(first).setCellValue(MonthlySheetParser.INDICATORS[i]);
                sheet.addMergedRegion(new CellRangeAddress(1, 1, first, first + 3));
                for (int s = 0; s < 4; s++) {
                    sub.createCell(first + s).setCellValue(MonthlySheetParser.SLOTS[s]);
                }
            }
            for (Row row : new Row[] {top, sub}) {
                row.forEach(c -> c.setCellStyle(header));
            }
            sheet.setColumnWidth(0, 22 * 256);
            sheet.setColumnWidth(1, 30 * 256);
            for (int c = 2; c < 18; c++) {
                sheet.setColumnWidth(c, 13 * 256);
            }
            sheet.createFreezePane(2, FIRST_DATA_ROW);
            DataValidationHelper helper = sheet.getDataValidationHelper();
            int last = FIRST_DATA_ROW + VALIDATED_ROWS - 1;
            DataValidation code = helper.createValidation(
                    helper.createTextLengthConstraint(DataValidationConstraint.OperatorType.EQUAL, "18", null),
                    new CellRangeAddressList(FIRST_DATA_ROW, last, 0, 0));
            code.setShowErrorBox(true);
            code.createErrorBox("统一社会信用代码", "应为 18 位统一社会信用代码");
            sheet.addValidationData(code);
            DataValidation amounts = helper.createValidation(
                    helper.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null),
                    new CellRangeAddressList(FIRST_DATA_ROW, last, 2, 17));
            amounts.setShowErrorBox(true);
            amounts.createErrorBox("数值", "请填写不小于 0 的数字 (万元；用电量 万千瓦时)");
            sheet.addValidationData(amounts);

            Sheet help = workbook.createSheet("填表说明");
            String[] lines = {
                "工业产销总值及主要产品产量 (B204-1) 导入模板 填表说明",
                "1. 每个企业填一行，从第 4 行开始；不要合并数据区的单元格，不要插入小计行。表格末尾可以有一行“合计”，导入时忽略。",
                "2. 统一社会信用代码：18 位，须通过校验位检查，且企业已在企业名录中登记。",
                "3. 金额单位为万元，用电量单位为万千瓦时。如按元或千元填报，请把第 1 行的单位改为“单位：元”或“单位：千元”，导入时换算为万元。",
                "4. 每个指标四列：本年本月、本年1-本月、上年同月、上年1-同月。本年1-本月不得小于本年本月；出口交货值不得大于工业销售产值。",
                "5. 上年同月须与上年报送数据一致 (同口径)；新投产企业上年同月填 0。",
                "6. 出口交货值、用电量无数据时可留空；工业总产值、工业销售产值必填，且不得为负数。",
                "7. 请填写数值，不要填写公式；数字可以带千分位逗号，也可以是全角数字。",
                "8. 导入为全有或全无：任一行有错误则整个文件不导入，页面列出错误并提供带错误列的文件副本下载。",
                "9. 同一月份再次导入生成新的修订版本，旧版本仍可查看。"
            };
            for (int i = 0; i < lines.length; i++) {
                help.createRow(i).createCell(0).setCellValue(lines[i]);
            }
            help.setColumnWidth(0, 120 * 256);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
