package io.industrypulse.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table to export: a title (written in the first row, merged over all columns, e.g. with the period; empty for
 * none, so that the header is the first row as an import reads it), the header row and the data rows. A cell is a {@link Number} (written as a number with {@link #decimals} decimals, or as an
 * integer when it is an {@link Integer} or {@link Long}), a {@link String}, or {@code null} (empty cell).
 *
 * @param sheetName the worksheet's name
 * @param decimals decimals shown for non-integer numbers (1 for growth rates, DESIGN.md section 3)
 */
public record ExcelTable(String sheetName, String title, List<String> headers, List<List<Object>> rows, int decimals) {

    public ExcelTable {
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
}
