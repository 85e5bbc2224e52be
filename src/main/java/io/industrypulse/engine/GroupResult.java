package io.industrypulse.engine;

import java.util.List;
import java.util.OptionalDouble;

/**
 * One group's results for the current year: figures for months 1..{@link EngineResult#lastMonth()} and growth of the
 * complete quarters.
 *
 * @param months list index = month - 1
 * @param quarterGrowth list index = quarter - 1, only complete quarters; {@code (ΣC / ΣA - 1) * 100} over the quarter's
 *     months
 */
public record GroupResult(GroupKey key, List<MonthFigures> months, List<OptionalDouble> quarterGrowth) {

    public GroupResult {
        months = List.copyOf(months);
        quarterGrowth = List.copyOf(quarterGrowth);
    }

    /** Figures of month {@code month} (1-based). */
    public MonthFigures month(int month) {
        return months.get(month - 1);
    }

    /** Growth of quarter {@code quarter} (1..4); empty if the quarter is incomplete or has no base. */
    public OptionalDouble quarter(int quarter) {
        return quarter <= quarterGrowth.size() ? quarterGrowth.get(quarter - 1) : OptionalDouble.empty();
    }

    /** Q4 better than Q3 (四季度好于三季度): both defined and g(Q4) > g(Q3). */
    public boolean fourthQuarterBetterThanThird() {
        OptionalDouble q3 = quarter(3);
        OptionalDouble q4 = quarter(4);
        return q3.isPresent() && q4.isPresent() && q4.getAsDouble() > q3.getAsDouble();
    }
}
