package io.industrypulse.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table to export: a title (written in the first row, merged over all columns, e.g. with the period; empty for
 * none, so that the header is the first row as an import reads it), notes under it (the period, the unit), the header
 * row and the data rows. A cell is a {@link Figure} (a number written as shown), a {@link Number} (written as a number
 * with {@link #decimals} decimals, or as an integer when it is an {@link Integer} or {@link Long}), a {@link String},
 * or {@code null} (empty cell).
 *
 * @param sheetName the worksheet's name
 * @param notes lines between the title and the header: the period, the unit (none for an import's layout)
 * @param decimals decimals shown for non-integer numbers (1 for growth rates, DESIGN.md section 3)
 */
public record ExcelTable(
        String sheetName,
        String title,
        List<String> notes,
        List<String> headers,
        List<List<Object>> rows,
        int decimals) {

    public ExcelTable {
        notes = List.copyOf(notes);
        headers = List.copyOf(headers);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("every row needs one cell per header");
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
    }

    public ExcelTable(String sheetName, String title, List<String> headers, List<List<Object>> rows, int decimals) {
        this(sheetName, title, List.of(), headers, rows, decimals);
    }

    /**
     * A number exactly as a page shows it: written with the decimals of {@code value}'s scale, so that the cell reads
     * as the page does; a percentage ({@code 80.0%} on the page) is written as Excel's own percentage (0.8 shown as
     * 80.0%), so that a sum or a chart over the column computes right.
     */
    public record Figure(BigDecimal value, boolean percent) {}
}
