package io.industrypulse.statdata;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The monthly rows of one period from a canonical package (DESIGN.md section 4), ready to be stored as the period's
 * next revision.
 *
 * @param names enterprise names by credit code, shown with the revision's changes
 * @param replaceMonth {@code true}: the period's rows become exactly {@code rows} (stored rows of enterprises absent
 *     from them are removed, and recorded); {@code false}: rows of absent enterprises are kept
 */
public record MonthlyRowsImport(
        YearMonth period,
        String source,
        String importedBy,
        List<MonthlyRow> rows,
        Map<String, String> names,
        boolean replaceMonth) {

    public MonthlyRowsImport {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(importedBy, "importedBy");
        rows = List.copyOf(rows);
        names = Map.copyOf(names);
        for (MonthlyRow row : rows) {
            if (!row.period().equals(period)) {
                throw new IllegalArgumentException("Row of " + row.period() + " in the import of " + period);
            }
        }
    }
}
