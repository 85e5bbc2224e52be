package io.industrypulse.engine;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One group's figures for month M of the current year (DESIGN.md section 5). Sums are value added in 万元: C at
 * comparable prices, A the same-scope base, V this year's value added at current prices. Growth rates and pulls are
 * in % and percentage points, unrounded; a value the formulas leave undefined (zero base, a whole with no increment)
 * is empty, never NaN.
 *
 * @param month M, 1..12
 * @param comparableMonth C of month M
 * @param baseMonth A of month M
 * @param comparableCum C of January..M
 * @param baseCum A of January..M
 * @param currentPriceMonth V of month M
 * @param currentPriceCum V of January..M
 * @param monthGrowth {@code (C/A - 1) * 100} for month M
 * @param cumGrowth the same over January..M
 * @param nominalMonthGrowth {@code (V/A - 1) * 100}, not deflated (名义, not the official rate)
 * @param nominalCumGrowth the same over January..M
 * @param pullMonth {@code (C - A) / A_whole * 100} within the whole ({@link GroupKind}); absent for the city
 * @param pullCum the same over January..M
 * @param contributionMonth {@code (C - A) / (C_whole - A_whole) * 100}; absent for the city and when the whole's
 *     growth is below {@link Formulas#NEGLIGIBLE_GROWTH} in absolute value
 * @param contributionCum the same over January..M
 * @param monthEffect how month M moved the cumulative: {@code s_M * (g_M - G_{M-1})}, {@code s_M = A_M / A_{1..M}}
 *     (正拉动 when positive); absent for January
 * @param targetStatus for the city and counties with a target
 * @param rank counties only: competition ranking (1, 2, 2, 4) on the published cumulative growth
 * @param rankChange counties only: previous month's rank minus this month's (positive = moved up, 前移)
 */
public record MonthFigures(
        int month,
        double comparableMonth,
        double baseMonth,
        double comparableCum,
        double baseCum,
        double currentPriceMonth,
        double currentPriceCum,
        OptionalDouble monthGrowth,
        OptionalDouble cumGrowth,
        OptionalDouble nominalMonthGrowth,
        OptionalDouble nominalCumGrowth,
        OptionalDouble pullMonth,
        OptionalDouble pullCum,
        OptionalDouble contributionMonth,
        OptionalDouble contributionCum,
        OptionalDouble monthEffect,
        Optional<TargetStatus> targetStatus,
        OptionalInt rank,
        OptionalInt rankChange) {

    /** True when the month effect on the cumulative is positive (月度正拉动). */
    public boolean pullsCumulativeUp() {
        return monthEffect.isPresent() && monthEffect.getAsDouble() > 0;
    }

    /**
     * The month growth as published (unrounded): up to {@link Published#FIRST_MONTH} the cumulative (1-2月), since
     * January is not published alone; after it the month's own growth.
     */
    public OptionalDouble publishedMonthGrowth() {
        return month <= Published.FIRST_MONTH ? cumGrowth : monthGrowth;
    }
}
