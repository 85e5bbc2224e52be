package io.industrypulse.planning;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * One warning of a month.
 *
 * @param regionCode the city or the county concerned (for an enterprise, its county)
 * @param creditCode the enterprise, for {@link WarningRule#TASK_SHORTFALL}
 * @param value the figure that raised it (growth in %, month effect in pp, shortfall in % of the task)
 * @param threshold what it was compared with (0, the target, the threshold, the benchmark)
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
