package io.industrypulse.ingest;

import io.industrypulse.i18n.Messages;
import io.industrypulse.report.FormulaGuard;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A copy of a rejected file with an error column: sheet 错误清单 lists every problem (sheet, row, column, rule,
 * message); the data sheet follows with the file's values and, on each row with problems, the messages in a column
 * after the last one. Values are copied as values (text stays text, so nothing in the copy can run as a formula).
 */
final class ErrorWorkbook {

    private ErrorWorkbook() {}

    /** The B204-1 sheet's error column: after its 18 columns. */
    static final int MONTHLY_ERROR_COLUMN = 18;

    static byte[] write(Path source, String sheetName, int headerRow, List<ImportProblem> problems) {
        return write(source, sheetName, headerRow, problems, MONTHLY_ERROR_COLUMN);
    }

    /**
     * @param firstErrorColumn the error column's index at the least (it goes after the last column with a value)
     */
    static byte[] write(
            Path source, String sheetName, int headerRow, List<ImportProblem> problems, int firstErrorColumn) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            CellStyle errorStyle = workbook.createCellStyle();
            errorStyle.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            errorStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            FormulaGuard.Cells texts = new FormulaGuard.Cells(workbook);
            Sheet list = workbook.createSheet("错误清单");
            String[] head = {
                Messages.get("ingest.errors.sheet"),
                Messages.get("ingest.errors.row"),
                Messages.get("ingest.errors.column"),
                Messages.get("ingest.errors.rule"),
                Messages.get("ingest.errors.message")
            };
            Row first = list.createRow(0);
            for (int i = 0; i < head.length; i++) {
                first.createCell(i).setCellValue(head[i]);
            }
            int r = 1;
            for (ImportProblem p : problems) {
                Row row = list.createRow(r++);
                texts.text(row.createCell(0), p.sheet());
                if (p.row() > 0) {
                    row.createCell(1).setCellValue(p.row());
                }
                texts.text(row.createCell(2), p.column());
                texts.text(row.createCell(3), p.rule());
                texts.text(row.createCell(4), p.message());
            }
            list.setColumnWidth(4, 90 * 256);
            if (sheetName != null) {
                copy(
                        source,
                        sheetName,
                        headerRow,
                        problems,
                        workbook.createSheet(safeName(sheetName)),
                        errorStyle,
                        firstErrorColumn,
                        texts);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String safeName(String name) {
        String safe = name.replaceAll("[\\\\/?*\\[\\]:]", "_");
        return safe.equals("错误清单") || safe.isEmpty() ? "数据" : safe.substring(0, Math.min(31, safe.length()));
    }

    private static void copy(
            Path source,
            String sheetName,
            int headerRow,
            List<ImportProblem> problems,
            Sheet target,
            CellStyle style,
            int firstErrorColumn,
            FormulaGuard.Cells texts) {
        Map<Integer, StringBuilder> byRow = new HashMap<>();
        for (ImportProblem p : problems) {
            if (p.row() > 0 && sheetName.equals(p.sheet())) {
                StringBuilder text = byRow.computeIfAbsent(p.row() - 1, k -> new StringBuilder());
                if (!text.isEmpty()) {
                    text.append(Messages.get("enterprise.error.separator"));
                }
                text.append(p.column().isEmpty() ? "" : Messages.get("ingest.errors.inColumn", p.column()))
                        .append('[')
                        .append(p.rule())
                        .append("] ")
                        .append(p.message());
            }
        }
        int[] lastColumn = {0};
        try {
            WorkbookStream.read(source, new SheetVisitor() {
                boolean copying;

                @Override
                public boolean startSheet(String name) {
                    copying = name.equals(sheetName);
                    return copying;
                }

                @Override
                public void row(int rowIndex, List<SheetCell> cells) {
                    Row row = target.createRow(rowIndex);
                    for (SheetCell cell : cells) {
                        Cell out = row.createCell(cell.column());
                        lastColumn[0] = Math.max(lastColumn[0], cell.column());
                        if (cell.kind() == SheetCell.Kind.NUMBER) {
                            out.setCellValue(new BigDecimal(cell.text()).doubleValue());
                        } else {
                            texts.text(out, cell.text());
                        }
                    }
                    int errorColumn = Math.max(lastColumn[0] + 1, firstErrorColumn);
                    if (rowIndex == headerRow) {
                        row.createCell(errorColumn).setCellValue(Messages.get("ingest.errors.errorColumn"));
                    }
                    StringBuilder errors = byRow.get(rowIndex);
                    if (errors != null) {
                        Cell cell = row.createCell(errorColumn);
                        cell.setCellStyle(style);
                        texts.text(cell, errors.toString());
                    }
                }

                @Override
                public void merged(int firstRow, int lastRow, int firstColumn, int lastColumn) {}

                @Override
                public boolean endSheet() {
                    return !copying;
                }
            });
        } catch (RuntimeException e) {
            // The list sheet already names every problem; a copy that cannot be made is left out.
        }
    }
}
