package io.industrypulse.account;

/**
 * The city departments a {@link Role#DEPARTMENT_USER} works for (DESIGN.md section 1). A department sees the city's
 * aggregates, the tickets assigned to it and only the enterprise facts its work needs; which facts those are is
 * decided by the feature that owns them ({@link #seesAirPollutingEnterprises()}).
 */
public enum Department {
    /** 生态环境局: the key air-polluting enterprises, their grades and production status. */
    ECOLOGY,
    /** 统计局: the city's statistics office. */
    STATISTICS,
    /** 发展改革委: development and reform commission. */
    DEVELOPMENT;

    /** Whether the department's work needs the registry facts and production status of 涉气 enterprises. */
    public boolean seesAirPollutingEnterprises() {
        return this == ECOLOGY;
    }
}
