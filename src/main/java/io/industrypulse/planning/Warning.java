package io.industrypulse.planning;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * One warning of a month.
 *
 * @param period the month (YYYY-MM)
 * @param rule the rule that raised it (WarningRule)
 * @param regionCode the city or the county concerned (for an enterprise, its county)
 * @param regionName the region's name
 * @param creditCode the enterprise, for {@link WarningRule#TASK_SHORTFALL}
 * @param enterpriseName the enterprise's name, for TASK_SHORTFALL
 * @param value the figure that raised it: growth or required growth in %, month effect or time progress in percentage
 *     points, shortfall in % of the task, coverage in %, net increase in enterprises, months not started
 * @param threshold what it was compared with, in the same unit as the value (%, percentage points, enterprises or
 *     months): 0, the target, the setting or the benchmark
 * @param projectCode the investment project, for the project rules
 */
public record Warning(
        YearMonth period,
        WarningRule rule,
        String regionCode,
        String regionName,
        @Nullable String creditCode,
        @Nullable String enterpriseName,
        double value,
        double threshold,
        @Nullable String projectCode) {

    /** A warning on a county, the city or an enterprise. */
    public Warning(
            YearMonth period,
            WarningRule rule,
            String regionCode,
            String regionName,
            @Nullable String creditCode,
            @Nullable String enterpriseName,
            double value,
            double threshold) {
        this(period, rule, regionCode, regionName, creditCode, enterpriseName, value, threshold, null);
    }
}
