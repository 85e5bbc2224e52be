package io.industrypulse.statdata;

import java.math.BigDecimal;
import java.util.List;

/**
 * What one revision of a period changed against the one before: enterprises added, removed and values changed.
 *
 * @param previous the earlier revision, {@code null} when {@code current} is the first
 */
public record RevisionChanges(
        MonthlyRevision current,
        @org.jspecify.annotations.Nullable MonthlyRevision previous,
        List<MonthlyDetail> added,
        List<MonthlyDetail> removed,
        List<ValueChange> changed) {

    /** One value that differs: the enterprise, the field (e.g. {@code output.month}) and both values. */
    public record ValueChange(
            String creditCode,
            String name,
            String field,
            @org.jspecify.annotations.Nullable BigDecimal before,
            @org.jspecify.annotations.Nullable BigDecimal after) {}
}
