package io.industrypulse.planning;

import java.util.Locale;

/** The warning rules (预警), each switchable in {@link WarningSettings}. */
public enum WarningRule {
    /** Cumulative growth below zero (published value). */
    NEGATIVE_GROWTH,
    /** 0 <= cumulative growth < target (published value). */
    BELOW_TARGET,
    /** Required growth of the remaining months above the threshold (目标难以实现, METHODOLOGY 3.1). */
    HARD_TO_REACH,
    /** The month pulled the cumulative growth down (负拉动: month effect < 0, METHODOLOGY 3.3). */
    NEGATIVE_PULL,
    /** A county's cumulative growth below the province's or the city's published one. */
    BELOW_BENCHMARK,
    /** An enterprise fell short of its task by more than the threshold (% of the task). */
    TASK_SHORTFALL,
    /**
     * A county's reporting coverage (应统尽统: reported / above-size enterprises) under the threshold while the
     * reporting deadline is near or past.
     */
    REPORTING_COVERAGE,
    /** A county behind its 小升规 net-increase task once the year's last annual batch has closed. */
    NET_INCREASE,
    /** A ledger project more than the setting's points behind the time progress (慢时序进度), in points. */
    INVESTMENT_BEHIND,
    /** A ledger project not started by its planned start, in whole months since. */
    INVESTMENT_NOT_STARTED;

    /** Message key suffix, e.g. {@code negative_growth}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
