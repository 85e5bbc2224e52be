package io.industrypulse.ingest;

import io.industrypulse.statdata.MonthlyRevision;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of a monthly import: either stored as a revision, or rejected with its problems (nothing stored).
 *
 * @param revision the stored revision, {@code null} when rejected
 * @param rows the enterprise rows read from the file
 * @param outputMonth Σ 工业总产值 本年本月 of the rows (万元), {@code null} when rejected
 * @param problems why it was rejected, in file order; empty when stored
 * @param errorReport the id of the downloadable copy of the file with an error column, {@code null} when none
 * @param flaggedRows enterprises of the import with at least one soft flag (S1-S6), 0 when rejected
 * @param flags soft checks raised by the import, 0 when rejected
 */
public record MonthlyImportResult(
        YearMonth period,
        String source,
        @Nullable MonthlyRevision revision,
        int rows,
        @Nullable BigDecimal outputMonth,
        List<ImportProblem> problems,
        @Nullable String errorReport,
        int flaggedRows,
        int flags) {

    public boolean accepted() {
        return revision != null;
    }
}
