package io.industrypulse.statdata;

import java.math.BigDecimal;
import java.util.List;

/**
 * What one revision of a period changed against the one before: enterprises added, removed and values changed.
 *
 * @param previous the earlier revision, {@code null} when {@code current} is the first
 * @param added the rows the revision added, with their values
 * @param removed the rows the revision removed, with the values they had
 */
public record RevisionChanges(
        MonthlyRevision current,
        @org.jspecify.annotations.Nullable MonthlyRevision previous,
        List<Row> added,
        List<Row> removed,
        List<ValueChange> changed) {

    /**
     * One enterprise's row added or removed, with its values by field (e.g. {@code output.month} for a workbook,
     * {@code output} for a package), in the order shown.
     */
    public record Row(String creditCode, String name, java.util.Map<String, BigDecimal> values) {}

    /** One value that differs: the enterprise, the field (e.g. {@code output.month}) and both values. */
    public record ValueChange(
            String creditCode,
            String name,
            String field,
            @org.jspecify.annotations.Nullable BigDecimal before,
            @org.jspecify.annotations.Nullable BigDecimal after) {}
}
