package io.industrypulse.investment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code industrypulse.investment.*}: the ledger's thresholds, in 万元 (METHODOLOGY.md 14.4) and points.
 *
 * @param major total investment from which a project is 重大项目
 * @param statistics total investment from which a project enters the fixed-asset investment statistics (入统)
 * @param largeForm total investment from which it reports on form 206-1 (206-2 below)
 * @param behindPoints points behind the time progress from which a project is warned
 */
@ConfigurationProperties("industrypulse.investment")
public record InvestmentSettings(
        @DefaultValue("10000") double major,
        @DefaultValue("500") double statistics,
        @DefaultValue("5000") double largeForm,
        @DefaultValue("10") double behindPoints) {}
