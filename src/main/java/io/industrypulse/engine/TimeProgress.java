package io.industrypulse.engine;

import java.util.OptionalDouble;

/**
 * Time progress of investment (时序进度, DESIGN.md section 5.1): the share of the year's planned investment done against
 * the share of the year elapsed, {@code done / plan_year * 100 - months_done / 12 * 100} percentage points; positive is
 * ahead (超时序进度), negative behind (慢时序进度). A group (county, type, the city) sums its projects' done and plan
 * first, so that a large project weighs as much as its money.
 */
public final class TimeProgress {

    private TimeProgress() {}

    /**
     * @param done investment completed this year through the month, 万元
     * @param planYear this year's planned investment, 万元
     * @param monthsDone months of the year elapsed (0..12)
     * @return the difference in percentage points; empty without a positive plan
     */
    public static OptionalDouble points(double done, double planYear, int monthsDone) {
        if (monthsDone < 0 || monthsDone > 12) {
            throw new IllegalArgumentException("months done must be 0..12: " + monthsDone);
        }
        return completion(done, planYear).stream()
                .map(share -> share - monthsDone / 12.0 * 100)
                .findFirst();
    }

    /** What the calendar asks to be done by the end of month {@code monthsDone}: {@code plan_year × months / 12}. */
    public static double due(double planYear, int monthsDone) {
        return planYear * monthsDone / 12;
    }

    /** The share of the year's plan done, %: {@code done / plan_year * 100}; empty without a positive plan. */
    public static OptionalDouble completion(double done, double planYear) {
        return Formulas.share(done, planYear);
    }
}
