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
    DEVELOPMENT,
    /** 商务局. */
    COMMERCE,
    /** 交通运输局. */
    TRANSPORT,
    /** 卫生健康委. */
    HEALTH,
    /** 市场监督管理局. */
    MARKET_REGULATION,
    /** 税务局. */
    TAXATION,
    /** 人力资源和社会保障局. */
    HUMAN_RESOURCES,
    /** 金融工作局. */
    FINANCE,
    /** 供电公司. */
    POWER_SUPPLY,
    /** 自然资源和规划局. */
    NATURAL_RESOURCES,
    /** 住房和城乡建设局. */
    HOUSING;

    /** Whether the department's work needs the registry facts and production status of 涉气 enterprises. */
    public boolean seesAirPollutingEnterprises() {
        return this == ECOLOGY;
    }
}
