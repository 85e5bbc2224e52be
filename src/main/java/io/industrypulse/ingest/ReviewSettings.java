package io.industrypulse.ingest;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Thresholds of the soft review rules S1-S6 ({@code industrypulse.review.*}, METHODOLOGY.md 6.3, all [OURS]). Every
 * figure is compared rounded half-up to one decimal, as it is shown; a check raises only strictly beyond its threshold.
 *
 * @param salesRatioMin S1: lowest 产品销售率 (sales / output, %) not flagged (default 80)
 * @param salesRatioMax S1: highest 产品销售率 not flagged (default 120)
 * @param monthGrowth S2: largest |month y/y growth of output| (%) not flagged (default 30)
 * @param cumulativeGrowth S2: largest |cumulative y/y growth of output| (%) not flagged (default 20)
 * @param electricityGap S3: largest difference of output and electricity month growth (pp) not flagged (default 20)
 * @param revenueGap S5: largest |cumulative revenue / cumulative sales - 1| (%) not flagged (default 20)
 * @param monthJump S6: largest |month-on-month change of output| (%) not flagged (default 50)
 */
@ConfigurationProperties("industrypulse.review")
record ReviewSettings(
        @DefaultValue("80") BigDecimal salesRatioMin,
        @DefaultValue("120") BigDecimal salesRatioMax,
        @DefaultValue("30") BigDecimal monthGrowth,
        @DefaultValue("20") BigDecimal cumulativeGrowth,
        @DefaultValue("20") BigDecimal electricityGap,
        @DefaultValue("20") BigDecimal revenueGap,
        @DefaultValue("50") BigDecimal monthJump) {

    static ReviewSettings defaults() {
        return new ReviewSettings(
                new BigDecimal("80"),
                new BigDecimal("120"),
                new BigDecimal("30"),
                new BigDecimal("20"),
                new BigDecimal("20"),
                new BigDecimal("20"),
                new BigDecimal("50"));
    }
}
