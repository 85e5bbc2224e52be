package io.industrypulse.investment;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * The statistics bureau's cumulative investment growth of a region and month (统计局反馈数, %): all fixed-asset
 * investment in industry and its technical renovation, not only the ledger's projects.
 */
public record OfficialInvestment(
        YearMonth period,
        String regionCode,
        @Nullable BigDecimal industrialGrowth,
        @Nullable BigDecimal renovationGrowth) {}
