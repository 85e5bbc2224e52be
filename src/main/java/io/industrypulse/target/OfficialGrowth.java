package io.industrypulse.target;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * 统计局反馈数: the statistics bureau's official value-added growth (%) of the city or a county for a month, as fed
 * back to the bureau. Stored apart from the platform's own estimate and shown beside it, never instead of it.
 *
 * @param growthMonth official month growth, {@code null} when not fed back
 * @param growthCum official cumulative growth (January..period), {@code null} when not fed back
 */
public record OfficialGrowth(
        YearMonth period,
        String regionCode,
        @Nullable BigDecimal growthMonth,
        @Nullable BigDecimal growthCum) {

    public OfficialGrowth {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(regionCode, "regionCode");
        if (growthMonth == null && growthCum == null) {
            throw new IllegalArgumentException("official growth without any figure: " + regionCode + " " + period);
        }
    }
}
