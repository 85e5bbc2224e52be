package io.industrypulse.statdata;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A reviewed import of one period's B204-1 data, ready to be stored as a new revision.
 *
 * @param source the file name (or other origin) shown with the revision
 * @param importedBy the user who imported it
 * @param countyCode the county the import is limited to, {@code null} for the whole city
 * @param replacedCodes for a county import, the credit codes of that county: their rows of the previous revision are
 *     replaced by {@code rows}, the other counties' rows are kept; ignored for a city-wide import
 */
public record MonthlyImport(
        YearMonth period,
        String source,
        String importedBy,
        @Nullable String countyCode,
        Set<String> replacedCodes,
        List<MonthlyDetail> rows) {

    public MonthlyImport {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(importedBy, "importedBy");
        replacedCodes = Set.copyOf(replacedCodes);
        rows = List.copyOf(rows);
    }
}
