package io.industrypulse.report;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Guards exports against CSV/Excel formula injection (OWASP "CSV Injection"): user-supplied text starting with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return could run as a formula when the file is
 * opened or a cell is edited. In CSV such text is written with a leading apostrophe ({@link #csv}); in a workbook it
 * is written as a plain string cell with the quote-prefix ("text, not formula") flag set ({@link Cells}), so the
 * value shown and exported stays exactly the user's text. One rule for every export.
 */
public final class FormulaGuard {

    private FormulaGuard() {}

    /** Whether the text would be taken for a formula (or could become one) by a spreadsheet program. */
    public static boolean risky(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '='
                || first == '+'
                || first == '-'
                || first == '@'
                || first == '\t'
                || first == '\r'
                // the full-width forms are read as formulas by some spreadsheet programs too
                || first == '＝'
                || first == '＋'
                || first == '－'
                || first == '＠';
    }

    /** The text for a CSV cell: risky text gets a leading apostrophe, everything else is unchanged. */
    public static String csv(String text) {
        return risky(text) ? "'" + text : text;
    }

    /**
     * The inverse of {@link #csv} for a reader of CSV files this application wrote: an apostrophe followed by risky
     * text is dropped, everything else is unchanged.
     */
    public static String fromCsv(String text) {
        return text != null && text.length() > 1 && text.charAt(0) == '\'' && risky(text.substring(1))
                ? text.substring(1)
                : text;
    }

    /** Writes text cells of one workbook; risky text gets a quote-prefixed copy of the cell's style. */
    public static final class Cells {

        private final Workbook workbook;
        private final Map<Short, CellStyle> quoted = new HashMap<>();

        public Cells(Workbook workbook) {
            this.workbook = workbook;
        }

        /** Sets the cell to the text as a string cell (never a formula); call after setting the cell's style. */
        public void text(Cell cell, String text) {
            cell.setCellValue(text == null ? "" : text);
            if (risky(text)) {
                CellStyle style = cell.getCellStyle();
                cell.setCellStyle(quoted.computeIfAbsent(style.getIndex(), index -> {
                    CellStyle copy = workbook.createCellStyle();
                    copy.cloneStyleFrom(style);
                    copy.setQuotePrefixed(true);
                    return copy;
                }));
            }
        }
    }
}
